/**
 * The LLM path of the response actor: asks the model for a reply as zod-validated JSON,
 * then keeps it only if it is grounded (no order id, tracking number, amount or date
 * outside the context) and its proposals are the customer's and allowed by the rules.
 * Any failure returns null, and the template's reply is used.
 */
import { z } from "zod";
import type { Llm } from "../../shared/llm.ts";
import {
  ActionType,
  type Message,
  type ProposedAction,
  ResponseEnrichment,
} from "../../shared/protocol.ts";
import { GOODWILL_CREDIT_LIMITS } from "../../domain/policy.ts";
import type { Logger } from "../../shared/log.ts";
import { describeError } from "../../shared/errors.ts";
import { factsOf, statusContradictions, ungrounded } from "../../domain/facts.ts";
import { canChange, canExpedite, canRefund, canReturn } from "../../domain/eligibility.ts";
import { buildPrompt } from "./llm_prompt.ts";
import { knownProducts, productClaimIssues } from "../../domain/product_claims.ts";
import { confirmPrompt } from "./tone.ts";
import { type Draft, LOOKUP_ACTIONS, propose, type TurnView } from "./view.ts";

/** The JSON the model must answer with. */
export const LlmReply = z.object({
  reply: z.string().trim().min(1).max(2000),
  tone: ResponseEnrichment.shape.tone,
  proposed_actions: z.array(z.object({
    type: ActionType,
    order_id: z.string().nullable().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })).max(5).default([]),
});
/** The model's answer. */
export type LlmReply = z.infer<typeof LlmReply>;

/** Options of one LLM reply. */
export interface LlmReplyOptions {
  llm: Llm;
  msg: Message;
  signal: AbortSignal;
  log: Logger;
  timeoutMs?: number;
}

const CUSTOMER_LEVEL = new Set<string>([
  "customer_note",
  "goodwill_credit",
  "schedule_callback",
  "escalate_supervisor",
]);
const ASKS_TO_CONFIRM =
  /\b(reply yes|say yes|shall i|should i|would you like me to|do you want me to|confirm)\b/i;

/** Why a proposal is dropped, or null when it may stand. */
function rejectProposal(v: TurnView, a: ProposedAction): string | null {
  const orders = v.context?.orders ?? [];
  const order = a.order_id ? orders.find((o) => o.id === a.order_id) : null;
  if (a.order_id && !order) return `order ${a.order_id} is not the customer's`;
  if (!order) return CUSTOMER_LEVEL.has(a.type) ? null : `${a.type} needs an order`;
  const now = v.now;
  const t = v.context?.tracking;
  const tracking = t && t.number === order.tracking_number ? t : null;
  const e = a.type === "cancel_order" || a.type === "modify_items" || a.type === "change_address"
    ? canChange(order, "changing it is", now)
    : a.type === "return_item"
    ? canReturn(order, now, tracking)
    : a.type === "refund"
    ? canRefund(order, now, tracking)
    : a.type === "expedite_order" || a.type === "expedite_delivery"
    ? canExpedite(order, now, tracking)
    : { ok: true as const };
  if (!e.ok) return e.rule;
  if (a.type === "goodwill_credit") {
    const amount = Number(a.params.amount);
    if (!(amount > 0 && amount <= GOODWILL_CREDIT_LIMITS[v.tier ?? "standard"])) {
      return "credit above the tier's limit";
    }
  }
  return null;
}

/** The model's reply as a draft, or null when the template must be used instead. */
export async function llmReply(
  v: TurnView,
  tone: Draft["tone"],
  hint: Draft,
  o: LlmReplyOptions,
): Promise<Draft | null> {
  let answer: LlmReply;
  try {
    answer = await o.llm.completeJson(LlmReply, buildPrompt(v, tone, hint), {
      signal: o.signal,
      timeoutMs: o.timeoutMs,
      temperature: 0.2,
      maxTokens: 600,
    });
  } catch (err) {
    o.log.warn("LLM reply failed: using the template", { error: describeError(err) });
    return null;
  }
  const facts = factsOf(o.msg, v.now);
  const bad = ungrounded(answer.reply, facts);
  if (bad.length > 0) {
    o.log.warn("LLM reply not grounded: using the template", { facts: bad.map((b) => b.raw) });
    return null;
  }
  const wrong = statusContradictions(answer.reply, facts);
  if (wrong.length > 0) {
    o.log.warn("LLM reply contradicts the order's status: using the template", {
      claims: wrong.map((c) => `${c.orderId} ${c.claim}: ${c.actual}`),
    });
    return null;
  }
  const unsupported = productClaimIssues(answer.reply, knownProducts(o.msg));
  if (unsupported.length > 0) {
    o.log.warn("LLM reply states stock or prices the store did not: using the template", {
      claims: unsupported.map((c) => `${c.product} ${c.claim}: ${c.actual}`),
    });
    return null;
  }
  const proposals: ProposedAction[] = [];
  for (const raw of answer.proposed_actions) {
    const a = propose(raw.type, raw.order_id ?? null, raw.params ?? {});
    const why = rejectProposal(v, a);
    if (why) o.log.info("LLM proposal dropped", { type: a.type, reason: why });
    else proposals.push(a);
  }
  const lookups = proposals.filter((a) => LOOKUP_ACTIONS.has(a.type));
  if (proposals.length - lookups.length > 1) {
    // Its text offers both, but a yes can carry out only one: the template asks one at a time.
    o.log.warn("LLM reply proposes more than one change: using the template");
    return null;
  }
  // One change at a time: the session holds one pending action.
  const change = v.canAct ? proposals.find((a) => !LOOKUP_ACTIONS.has(a.type)) : undefined;
  let text = answer.reply;
  if (change && !ASKS_TO_CONFIRM.test(text)) text = `${text} ${confirmPrompt(v)}`;
  if (!change && ASKS_TO_CONFIRM.test(text) && /\byes\b/i.test(text)) {
    o.log.warn("LLM reply asks to confirm a change it does not propose: using the template");
    return null;
  }
  return {
    text,
    tone: answer.tone,
    proposed_actions: change ? [...lookups, change] : lookups,
    template: null,
  };
}
