/**
 * "Actually one more thing, where is ORD-3002": a plain question whose words read faintly
 * negative to the sentiment model (no complaint, no urgency, no sign of anger) is no upset
 * customer — a VIP asking it had been handed to a person instead of answered. Pure.
 */
import type { Intent, Message } from "../shared/protocol.ts";
import { askedAsQuestion } from "./policy_questions.ts";

/** Questions the assistant answers from the store's records or rules. */
const PLAIN_QUESTIONS: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "refund_status",
  "shipping_options",
  "policy_question",
  "payment_methods",
  "invoice_request",
  "product_question",
]);

/** A clause that asks: "…, where is ORD-3002". */
const CLAUSE_ASKS =
  /(?:^|[,.;:!]\s*)(?:where|when|what|which|how|is|are|has|have|did|does|do|can|could)\b/i;

/** A score above this is faint: a word or two, not a customer who is upset. */
const FAINT = -0.3;

/** Whether the turn is a plain question read only faintly negative. */
export function mildQuestion(msg: Message): boolean {
  const s = msg.payload.sentiment;
  const i = msg.payload.intent;
  if (!s || !i || s.label !== "negative") return false;
  return s.score > FAINT && s.urgency === "low" && !s.is_complaint && s.signals.length === 0 &&
    PLAIN_QUESTIONS.has(i.intent) && asks(msg.payload.customer_message.text);
}

function asks(text: string): boolean {
  return askedAsQuestion(text) || CLAUSE_ASKS.test(text);
}
