/**
 * The escalation router: receives every error and every planned handoff. It retries a
 * retryable failure once more with backoff; after that, or on a permanent failure or a
 * blocked reply, it answers with a fallback that says what happens next and hands the
 * conversation to a human on the durable handoff stream.
 */
import type { ActorDef, StepResult } from "../shared/actor.ts";
import { handoffFor } from "../domain/handoff.ts";
import { failedCallOutcome, failedChangeSentences } from "../domain/failed_change.ts";
import type {
  EscalationEnrichment,
  Handoff,
  MeshError,
  Message,
  Priority,
} from "../shared/protocol.ts";

/** What the escalation router needs. */
export interface EscalationDeps {
  publishHandoff(handoff: Handoff): Promise<void>;
  /** Mesh-level retries of a failed step after the runtime's own. Default 1. */
  meshRetries?: number;
  /** Base delay of a mesh-level retry in ms. Default 500. */
  retryBaseMs?: number;
}

/** Errors after which a turn is not routed anywhere but the aggregator any more. */
const GIVE_UP_AFTER = 6;

const WAIT_BY_PRIORITY: Record<Priority, string> = {
  urgent: "within a few minutes",
  high: "within about 15 minutes",
  normal: "within a couple of hours",
  low: "within one business day",
};

function priorityOf(msg: Message): Priority {
  const decided = msg.payload.decision?.priority;
  if (decided) return decided;
  const s = msg.payload.sentiment;
  if (s?.urgency === "critical") return "urgent";
  if (s?.urgency === "high" || msg.payload.context?.customer?.tier === "vip") return "high";
  return "normal";
}

function firstName(msg: Message): string {
  const name = msg.payload.context?.customer?.name?.split(/\s+/)[0];
  return name ? `, ${name}` : "";
}

/** The reply for a turn the mesh could not finish. */
export function fallbackText(msg: Message, error: MeshError | null, priority: Priority): string {
  const wait = WAIT_BY_PRIORITY[priority];
  const blocked = error?.kind === "blocked";
  const opening = blocked
    ? `Thanks for your patience${firstName(msg)}. I want to be sure you get an accurate answer,`
    : `I'm sorry${firstName(msg)} — I couldn't finish looking into this just now,`;
  // A change whose call failed: named, and said whether it may have reached the store (it
  // timed out after the store made it) or surely did not (the store said it is unavailable).
  const pending = error?.actor === "execution" ? msg.session.pending_action : null;
  if (pending && error) {
    const said = failedChangeSentences(
      lowerFirst(pending.summary),
      failedCallOutcome([
        ...msg.errors.filter((e) => e.actor === error.actor && e !== error),
        error,
      ]),
    );
    return `I'm sorry${firstName(msg)} — ${said.before} I've passed our conversation to a member ` +
      `of our support team, who will reply right here ${wait}. ${said.after}`;
  }
  return `${opening} so I've passed your conversation to a member of our support team. ` +
    `They'll reply right here ${wait}, with everything you've told me so far. ` +
    "Nothing on your orders has been changed.";
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The reply for a planned handoff, when the response did not write one. */
export function holdingText(msg: Message, priority: Priority): string {
  return `I understand${firstName(msg)}. I'm bringing in a member of our support team, ` +
    `who will reply right here ${WAIT_BY_PRIORITY[priority]}. ` +
    `They'll see our whole conversation, so you won't need to repeat yourself.`;
}

/** The escalation router actor. */
export const escalationRouterActor: ActorDef<"escalation", EscalationDeps> = {
  name: "escalation_router",
  key: "escalation",
  router: true,
  deadlineMs: 10_000,
  async process(msg, deps, ctx): Promise<StepResult<"escalation">> {
    if (msg.payload.escalation || msg.errors.length >= GIVE_UP_AFTER) {
      // Already escalated (a later step failed) or failing in a loop: just finish.
      const done = msg.route.history.some((h) => h.actor === "aggregator" && h.outcome !== "ok");
      return { enrichment: null, next: done ? [] : ["aggregator"] };
    }
    const last = msg.route.history.at(-1);
    const failed = last && (last.outcome === "error" || last.outcome === "escalated");
    const error = failed ? msg.errors.at(-1) ?? null : null;
    const retryable = error?.kind === "retryable" || error?.kind === "timeout";
    const tries = error ? msg.errors.filter((e) => e.actor === error.actor).length : 0;
    if (error && retryable && tries <= (deps.meshRetries ?? 1)) {
      // One more round after a pause: the rest of the route (the failed step first) is
      // still there after this step, so forwarding is the retry.
      const wait = (deps.retryBaseMs ?? 500) * 2 ** (tries - 1);
      await new Promise((r) => setTimeout(r, wait));
      ctx.log.info("Retrying a failed step", { failed: error.actor, tries, wait_ms: wait });
      const remaining = msg.route.steps.slice(msg.route.current + 1);
      return { enrichment: null, next: remaining };
    }
    const priority = error
      ? (priorityOf(msg) === "low" ? "normal" : priorityOf(msg))
      : priorityOf(msg);
    const reason = error
      ? `${error.actor} failed (${error.kind}): ${error.message}`
      : msg.payload.decision?.reasons.join("; ") || "handoff requested";
    const handoff = handoffFor(msg, reason, priority);
    // A replay (debugging) shows what would be handed over without queueing it for agents.
    if (msg.payload.customer_message.channel !== "replay") await deps.publishHandoff(handoff);
    const enrichment: EscalationEnrichment = error
      ? {
        kind: "fallback",
        reason,
        failed_actor: error.actor,
        attempts: error.attempt,
        text: fallbackText(msg, error, priority),
        handoff,
      }
      : {
        kind: "handoff",
        reason,
        failed_actor: null,
        attempts: 0,
        text: msg.payload.guardrail?.text ?? msg.payload.response?.text ??
          holdingText(msg, priority),
        handoff,
      };
    return { enrichment, next: ["aggregator"] };
  },
};
