/**
 * "Does ORD-1003 ship soon?", "when will my shoes ship", "is my order going to ship this
 * week?": when one of their orders leaves us — its status, not the store's shipping speeds and
 * fees, which the classifier reads in "ship". A question of speeds or of an order in general
 * ("when do orders ship?", "can it ship express?") stays a shipping question. Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";

/** Whether, when or how soon it ships. */
const SHIPS_WHEN =
  /\b(?:(?:does|do|will|would|did|has|have|is|are|when(?:'s| is| will| does| do)?)\b.{0,40}\b(?:ship|shipped|shipping|dispatch(?:ed)?|sent|leave|go out)\b|\b(?:ship|shipping|dispatch(?:ed)?|go out|leave)\s+(?:soon|yet|today|tomorrow|this week|any time soon)\b)/i;
/** Their own order or its goods as the subject: an id, "my order", "it", "they". */
const THEIRS = /\b(?:ord-?\s?\d{3,}|\d{4}|my|it|they|them|that one|this one)\b/i;
/** A speed, a price or a place: the shipping question proper. */
const SPEEDS =
  /\b(?:express|overnight|next[- ]day|standard|faster|quicker|upgrade|expedite|cost|price|fee|how much|free shipping|international|abroad|to (?:canada|the uk|uk|europe|germany|australia|mexico))\b/i;

/** The status reading of a question of when their order ships, or null. */
export function shipsWhen(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (reading.intent !== "shipping_options" || reading.source === "rules") return null;
  if (text.length > 160 || !SHIPS_WHEN.test(text) || SPEEDS.test(text)) return null;
  const named = reading.entities.order_ids.length > 0 ||
    (reading.entities.order_refs ?? []).length > 0 ||
    (reading.entities.item_refs ?? []).length > 0;
  if (!named && !THEIRS.test(text)) return null;
  return {
    ...reading,
    intent: "order_status",
    confidence: Math.max(reading.confidence, 0.75),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
