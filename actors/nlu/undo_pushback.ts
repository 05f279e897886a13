/**
 * "Seriously? nothing?", "is there really nothing you can do?" right after we said the change
 * just made can't be taken back: about that change (a complaint or a policy question read
 * alone, and asked which). Pure.
 */
import type { Dialogue, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { pushesBackOnUndo } from "../../domain/done_asked.ts";

/** How sure the conversation's reading is: it rests on our reply before. */
const CONFIDENCE = 0.85;

/** The reading of a push back on an undo refused, about the changed order; else null. */
export function undoPushbackReading(
  reading: IntentEnrichment,
  text: string,
  dialogue: Dialogue | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  const done = dialogue?.done;
  if (!done?.order_id || pending || !pushesBackOnUndo(text, dialogue?.replied)) return null;
  return {
    ...relabelled(reading, "order_status", CONFIDENCE),
    source: "conversation",
    entities: { ...reading.entities, order_ids: [done.order_id] },
  };
}
