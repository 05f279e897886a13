/**
 * "What's the new total?", "so how much is it now?" right after a change of the order's items
 * was carried out: that order's total now (the status reading answers it with the total), not
 * a question off the store's business. Pure.
 */
import type { DoneChange, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** The order's total asked after its items changed. */
const NEW_TOTAL =
  /^(?:(?:so|and|ok(?:ay)?|great|cool|thanks|thank you|perfect)[\s,!.]+)*(?:what(?:'s|s| is| will be)? (?:the|my) (?:new |final |updated )?(?:total|price|amount)|how much (?:is|will) (?:it|that|the order|my order) (?:be |cost )?now|(?:and )?the new total)\b[^.!?]{0,20}[?.!]*\s*$/i;

/** Readings the question gets alone: no request of its own. */
const OPEN: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "small_talk",
  "product_question",
  "policy_question",
  "order_status",
]);

/** The status (and total) reading of the order whose items just changed, or null. */
export function doneTotalReading(
  reading: IntentEnrichment,
  text: string,
  done: DoneChange | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  if (pending || done?.type !== "modify_items" || !done.order_id) return null;
  if (!OPEN.has(reading.intent) || !NEW_TOTAL.test(text.trim())) return null;
  return {
    ...relabelled(reading, "order_status", 0.85),
    source: "conversation",
    entities: { ...reading.entities, order_ids: [done.order_id] },
  };
}
