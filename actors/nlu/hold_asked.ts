/**
 * "Can you hold the order till then?", "will my order be cancelled if I don't pay today?":
 * a question about the order's payment (how long it waits for one), whatever the classifier
 * guessed from "order" and "cancelled" (`domain/order_hold.ts`). Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { asksHold } from "../../domain/order_hold.ts";

/** Readings answered for it: the payment's and the rules' replies answer the hold. */
const ANSWERS: ReadonlySet<Intent> = new Set<Intent>([
  "payment_issue",
  "payment_methods",
  "policy_question",
]);

/** Paying named: the hold is the payment's wait. */
const PAYING = /\b(?:pay|paid|paying|payment|paypal|apple pay|card|transfer|funds|money)\b/i;

/** The hold question's reading, or null when the message asks none. */
export function holdAsked(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (ANSWERS.has(reading.intent) || reading.source === "rules" || !asksHold(text)) return null;
  // "Can you hold my order until monday" says nothing of paying: a delivery held, not ours.
  if (!PAYING.test(text)) return null;
  return {
    ...reading,
    intent: "payment_issue",
    confidence: Math.max(reading.confidence, 0.75),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
