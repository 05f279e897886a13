/**
 * The response actor: drafts the reply — text, tone and proposed actions. Templates
 * always draft one; with an LLM configured, the model's grounded reply is used instead,
 * and the template is the fallback on any error, invalid answer, deadline or ungrounded
 * fact. A reply never states an order fact that is not in the context.
 */
import type { ActorDef } from "../shared/actor.ts";
import type { Llm } from "../shared/llm.ts";
import type { ResponseEnrichment } from "../shared/protocol.ts";
import { llmReply } from "./response/llm_reply.ts";
import { withPendingReminder } from "./response/pending_again.ts";
import { withStillComing } from "./response/queued.ts";
import { renderTemplate } from "./response/templates.ts";
import { withClaimedWait } from "./response/claimed_wait.ts";
import { withdrawnAlone, withWithdrawal } from "./response/withdrawn.ts";
import { chooseTone } from "./response/tone.ts";
import { softlyOffered } from "./response/weighed.ts";
import { withShippingBack } from "./response/shipping_back.ts";
import { type Draft, type TurnView, viewOf } from "./response/view.ts";

/** What the response actor needs: the LLM client, or null for templates only. */
export interface ResponseDeps {
  llm: Llm | null;
  /** Deadline of the LLM call in ms (`LLM_TIMEOUT_MS`). */
  llmTimeoutMs: number;
  /** The place of a queued handoff in the agents' queue (1 is next), or null. */
  queuePlace?: (handoffId: string) => Promise<number | null>;
}

/** True when the turn's reply may come from the LLM (fixed texts stay templates). */
function llmFits(v: TurnView, tpl: Draft): boolean {
  if (v.decision?.action === "handoff" || v.decision?.action === "identify") return false;
  if (tpl.template?.startsWith("pending_") || tpl.template?.startsWith("handoff_")) return false;
  // Other languages are answered from the translated templates (or handed over).
  if (tpl.template?.startsWith("foreign_")) return false;
  return true;
}

/** The response actor. */
export const responseActor: ActorDef<"response", ResponseDeps> = {
  name: "response",
  key: "response",
  async process(msg, deps, ctx) {
    const v = viewOf(msg, ctx.now());
    if (v.openHandoff && deps.queuePlace) {
      // Only a hint for the customer: without it, the reply gives the expected wait alone.
      v.queuePlace = await deps.queuePlace(v.openHandoff.id).catch(() => null);
    }
    // "What happens if I cancel?": the change offered softly is marked so ("ok" is no yes).
    const offered = softlyOffered(v, withdrawnAlone(v) ?? withClaimedWait(v, renderTemplate(v)));
    // "If I cancel, will I get the shipping back too?": answered beside the change offered.
    const tpl = withShippingBack(v, offered);
    if (deps.llm && llmFits(v, tpl)) {
      const out = await llmReply(v, chooseTone(v), tpl, {
        llm: deps.llm,
        msg,
        signal: ctx.signal,
        log: ctx.log,
        timeoutMs: deps.llmTimeoutMs,
      });
      // The model words the reply the template drafted: it asks for what the template asks.
      // The template it worded says which reminder follows (an LLM reply has no name).
      if (out) return { enrichment: enrichmentOf(finished(v, out, tpl), "llm", tpl.asks) };
    }
    return { enrichment: enrichmentOf(finished(v, tpl), "template", tpl.asks) };
  },
};

/** The reply with what is still open after it: a pending change, a person on the way. */
function finished(v: TurnView, d: Draft, drafted: Draft = d): Draft {
  // A courtesy answered while queued says the place is kept already.
  if (d.template?.startsWith("handoff_queued_courtesy")) return d;
  return withWithdrawal(v, withStillComing(v, withPendingReminder(v, d, drafted)));
}

function enrichmentOf(
  d: Draft,
  source: ResponseEnrichment["source"],
  asks: Draft["asks"],
): ResponseEnrichment {
  return {
    text: d.text,
    tone: d.tone,
    proposed_actions: d.proposed_actions,
    source,
    template: source === "template" ? d.template : null,
    ...(asks ? { asks } : {}),
    ...(d.deferred?.length ? { deferred: d.deferred } : {}),
  };
}
