/**
 * "How much would I get back for the frother?", "how much do i get back on the mixer",
 * "what would i get back for the headphones": what a refund of those goods would be — a
 * refund's question, answered with that line's amount — not the product's price for sale nor
 * a question which of three things they want. Sending it back said too ("…if i return it")
 * stays with the return's reading. Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";

/** "How much would/will/do/could I get back", "what would I get back". */
const GET_BACK =
  /\b(?:how much|what)\s+(?:money\s+)?(?:would|will|do|does|could|can|'?d|should)\s+(?:i|we)\s+(?:get|receive)\s+(?:back|refunded|returned)\b/i;
/** Sending the goods back is said: the return's question. */
const SENDS_BACK =
  /\b(?:return(?:ed|ing)?|send(?:ing)? (?:[\w-]+ ){0,3}back|ship(?:ping)? (?:it |them )?back)\b/i;

/** True when the text asks what a refund of goods it names would bring back. */
export function asksAmountBack(reading: IntentEnrichment, text: string): boolean {
  const goods = (reading.entities.item_refs?.length ?? 0) > 0 ||
    reading.entities.products.length > 0 || reading.entities.order_ids.length > 0;
  return goods && GET_BACK.test(text) && !SENDS_BACK.test(text);
}
