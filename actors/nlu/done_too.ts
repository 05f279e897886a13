/**
 * "And the shoes too" right after goods were taken off an order (`domain/done_too.ts`): a
 * change of that order's items, not the status the classifier reads in goods named alone.
 * Pure.
 */
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";
import { doneRemoval, sameAgain } from "../../domain/done_too.ts";
import { relabelled } from "./relabel.ts";

/** The reading of "and the shoes too" after a removal, or null. */
export function doneTooReading(
  reading: IntentEnrichment,
  text: string,
  done: DoneChange | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  if (pending || !doneRemoval(done) || !done!.order_id || !sameAgain(text)) return null;
  if (reading.entities.order_ids.some((id) => id !== done!.order_id)) return null;
  const read = relabelled(reading, "modify_order", 0.85);
  return {
    ...read,
    source: "conversation",
    entities: { ...read.entities, order_ids: [done!.order_id] },
  };
}
