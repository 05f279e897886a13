/**
 * "Actually no wait, make it 2 more", "oops I meant 4", "change it back" right after a change
 * of items was carried out: a new change of that order's items (the response proposes the
 * corrected count for its own yes), not the plain no, the complaint or the status question
 * the classifier hears. Pure.
 */
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";
import { doneCorrection } from "../../domain/done_correction.ts";
import { relabelled } from "./relabel.ts";

/** How sure the conversation's reading is: it rests on the change just made. */
const CONFIDENCE = 0.85;

/** The reading of a correction of the items' change just done, or null when it is none. */
export function doneItemsReading(
  reading: IntentEnrichment,
  text: string,
  done: DoneChange | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  if (pending || done?.type !== "modify_items" || !done.order_id || !done.items?.length) {
    return null;
  }
  // Another order named is a request about that order.
  if (reading.entities.order_ids.some((id) => id !== done.order_id)) return null;
  if (!doneCorrection(text)) return null;
  const read = relabelled(reading, "modify_order", CONFIDENCE);
  return {
    ...read,
    source: "conversation",
    entities: { ...read.entities, order_ids: [done.order_id] },
  };
}
