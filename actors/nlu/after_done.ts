/**
 * Messages read in the light of the change just carried out (the dialogue's `done`): a
 * correction of it ("actually make it 2 more"), the same change for the order meant ("oops
 * wrong one, I meant the keyboard"), a refund not there yet, whether it worked or can be
 * undone, and when it reaches the customer. The first reading that applies wins. Pure.
 */
import type { Dialogue, IntentEnrichment } from "../../shared/protocol.ts";
import { doneItemsReading } from "./done_correction.ts";
import { doneTooReading } from "./done_too.ts";
import { doneSameOtherReading } from "./done_same_other.ts";
import { doneWrongOneReading } from "./done_wrong_one.ts";
import { refundNotThereReading } from "./refund_not_there.ts";
import { lastChangeReading } from "./last_change.ts";
import { doneTimingReading } from "./done_timing.ts";
import { doneTotalReading } from "./done_total.ts";
import { undoPushbackReading } from "./undo_pushback.ts";

/** The reading of `text` after the change just done, else `reading` as it was. */
export function afterDoneReading(
  reading: IntentEnrichment,
  text: string,
  dialogue: Dialogue | null | undefined,
  pending: boolean,
): IntentEnrichment {
  const done = dialogue?.done;
  // "Actually make it 2 more" after a change of items: that change, corrected.
  return doneItemsReading(reading, text, done, pending) ??
    // "And the shoes too" right after the bottles were taken off: them as well.
    doneTooReading(reading, text, done, pending) ??
    // "And the other pending one too" after a cancellation: that change, for the other order.
    doneSameOtherReading(reading, text, done, pending) ??
    // "Oops wrong one, I meant the keyboard" after a change: that change, for that order.
    doneWrongOneReading(reading, text, done, pending) ??
    // "It's not there yet" after a refund: the money, not a parcel.
    refundNotThereReading(reading, text, { done, topic: dialogue?.topic, pending }) ??
    // "Did it work?", "can you undo that?" after a change was carried out: that order.
    lastChangeReading(reading, text, done, pending) ??
    // "Seriously? nothing?" after we said it can't be undone: still that change.
    undoPushbackReading(reading, text, dialogue, pending) ??
    // "How long will it take?", "when will the new one arrive?" after it: when it comes.
    doneTimingReading(reading, text, done, pending) ??
    // "What's the new total?" after its items changed: that order's total now.
    doneTotalReading(reading, text, done, pending) ?? reading;
}
