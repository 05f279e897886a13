/**
 * "So what now with 3001", "ok what happens next with ORD-3001?", "whats the next step for
 * order 1002": where an order named stands and what comes next — its news (and, for a lost
 * parcel, the remedies offered again), not a clarifying question. The classifier hears no
 * request in "what now" and reads `other`. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** "What now", "now what", "what next", "what happens now", "what's the next step". */
const WHAT_NOW =
  /^\s*(?:(?:so|ok|okay|and|well|hmm+|right|alright|um+)\b[\s,.!]*)*(?:what now|now what|what next|what'?s next|whats next|what happens (?:now|next)|what do (?:i|we) do now|what(?:'?s| is) the next step|where do (?:we|i) go from here)\b[\s,?]*(?:(?:with|for|about|on)\s+)?(?:my\s+|the\s+)?(?:order\s+|ord\s*-?\s*|#\s*)?\d{4,}\s*[?!.]*\s*$/i;

/** Readings that miss the question of what comes next for an order. */
const MISSED: ReadonlySet<Intent> = new Set<Intent>(["other", "small_talk", "policy_question"]);
/** Below this the order's status is read too weakly to be answered as asked. */
const WEAK_STATUS = 0.45;

/** The order's news asked as "what now with <order>", or null when the message is not one. */
export function whatNowWith(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  const weakStatus = reading.intent === "order_status" && reading.confidence < WEAK_STATUS;
  if (reading.confirmation || !(MISSED.has(reading.intent) || weakStatus)) return null;
  const named = reading.entities.order_ids.length + (reading.entities.order_refs?.length ?? 0);
  if (named === 0 || !WHAT_NOW.test(text)) return null;
  const confidence = 0.6;
  return {
    ...reading,
    intent: "order_status",
    confidence,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent: "order_status", confidence, text, start: 0, end: text.length }],
  };
}
