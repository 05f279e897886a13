/**
 * A change to one of their orders, worded as its verb and a product of that order: "cancle
 * the water bottles from 1003, keep the shoes" names catalogue products, and the classifier
 * reads a question about them — but a message that opens with "cancel", "return" or "refund"
 * and names one of the customer's orders asks to change that order. Read as the change its
 * verb says (spelling mistakes read as the words they misspell, `read_as`). Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** The change an opening verb asks for ("pls cancel …", "i want to return …"). */
const OPENING_VERB: readonly [RegExp, Intent][] = [
  [
    /^(?:(?:pls|please|plz|can you|could you|i want to|i'd like to|i need to)\s+)?cancel\b/i,
    "cancel_order",
  ],
  [
    /^(?:(?:pls|please|plz|can i|could i|i want to|i'd like to|i need to)\s+)?return\b/i,
    "return_item",
  ],
  [/^(?:(?:pls|please|plz|can i get|i want)\s+(?:a\s+)?)?refund\b/i, "refund_request"],
];

/** The change a message's opening verb asks for ("cancel the second one"), or null. */
export function openingChange(text: string): Intent | null {
  return OPENING_VERB.find(([re]) => re.test(text.trim()))?.[1] ?? null;
}

/** "… from 1003", "… on order 1003", "… in #1003": the order a change of part of it names. */
const FROM_ORDER = /\b(?:from|on|in|off)\s+(?:my\s+)?(?:order\s+)?(#?(\d{4,7}))\b/i;

/** Readings of a message about products, not about an order of theirs. */
const ABOUT_PRODUCTS: ReadonlySet<Intent> = new Set<Intent>(["product_question", "place_order"]);

/**
 * The change a message about products asks of one of their orders it names, or null when
 * it names none or does not open with a change's verb.
 */
export function changeOfNamedOrder(
  reading: IntentEnrichment,
  text: string,
): IntentEnrichment | null {
  if (!ABOUT_PRODUCTS.has(reading.intent)) return null;
  const e = reading.entities;
  const words = (reading.read_as ?? text).trim();
  const hit = OPENING_VERB.find(([re]) => re.test(words));
  if (!hit) return null;
  // "from 1003" reads as a year to the reference finder; after a change's verb, an order.
  const from = FROM_ORDER.exec(text);
  const refs = e.order_refs ?? [];
  const added = from && !refs.some((r) => r.id === `ORD-${from[2]}`)
    ? [{ text: from[1], id: `ORD-${from[2]}`, form: "bare" as const }]
    : [];
  if (e.order_ids.length === 0 && refs.length === 0 && added.length === 0) return null;
  const intent = hit[1];
  return {
    ...reading,
    entities: added.length ? { ...e, order_refs: [...refs, ...added] } : e,
    intent,
    confidence: Math.max(reading.confidence, 0.6),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent, confidence: 0.6, text, start: 0, end: text.length }],
  };
}
