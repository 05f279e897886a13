/**
 * A pasted order confirmation ("Thank you for your order! Order number: ORD-1001 / Items: … /
 * Total: 89.99 USD / Questions? Reply to this email.") with no request of the customer's own
 * read as whatever its boilerplate spoke of — the shipping speeds, once. Sent to us alone, it
 * asks about that order: where it stands. A request beside it (a cancellation, a return) is
 * read as it is. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** The labelled lines and phrases of a store's confirmation email. */
const LABELS: readonly RegExp[] = [
  /\border\s*(?:number|no\.?|#|id|ref(?:erence)?)\s*[:#]/i,
  /\b(?:sub)?total\s*:/i,
  /\b(?:items?|products?|qty|quantity)\s*:/i,
  /\b(?:thank you|thanks) for (?:your|shopping|the) (?:order|purchase)|\border confirm(?:ation|ed)\b|\byour order (?:has been|is) (?:placed|received|confirmed)\b/i,
  /\b(?:ship(?:ping)?|deliver(?:y|ing)?) (?:to|address)\s*:/i,
  /\b(?:placed|ordered|order date|date)\s*(?:on)?\s*:/i,
  /\breply to this (?:e-?mail|message)\b|\bdo not reply\b/i,
];

/** Readings a pasted confirmation's boilerplate gives, which no request of the customer's makes. */
const BOILERPLATE: ReadonlySet<Intent> = new Set<Intent>([
  "shipping_options",
  "payment_methods",
  "policy_question",
  "product_question",
  "place_order",
  "feedback",
  "small_talk",
  "other",
]);

/** Whether the message is an order confirmation pasted in (three of its marks or more). */
export function pastedConfirmation(text: string): boolean {
  return LABELS.filter((re) => re.test(text)).length >= 3;
}

/** The reading of a pasted confirmation of one order: where that order stands; else as read. */
export function asPastedOrder(r: IntentEnrichment, text: string): IntentEnrichment {
  if (!BOILERPLATE.has(r.intent) || r.entities.order_ids.length !== 1) return r;
  if (!pastedConfirmation(text)) return r;
  const confidence = 0.85;
  return {
    ...r,
    intent: "order_status",
    confidence,
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== "order_status").slice(0, 3),
    requests: [{ intent: "order_status", confidence, text, start: 0, end: text.length }],
  };
}
