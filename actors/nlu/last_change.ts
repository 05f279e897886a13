/**
 * Questions about the change just carried out: "did it work?", "is it done?", "so is it
 * cancelled now?" ask where that order stands; "can you undo that?" asks to take it back.
 * The classifier reads them alone (a yes, small talk, a new cancellation); the dialogue
 * state knows what was done. Pure.
 */
import type { DoneChange, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { asksToUndo } from "../../domain/undo.ts";

/** "Did it work?", "has it gone through?", "is that done?", "so it's cancelled?". */
const WORKED =
  /^(?:(?:so|and|ok(?:ay)?|great|cool|hmm+|um+|wait)[\s,]+)*(?:did (?:it|that|this|you|the \w+) (?:work|go through|get done|happen|succeed|get (?:cancelled|canceled|changed|sent|processed|refunded))|(?:did you|have you) (?:do(?:ne)?|cancel(?:led)?|change[d]?|send|sent|process(?:ed)?|refund(?:ed)?) (?:it|that|this)|(?:is|has) (?:it|that|this) (?:done|gone through|been (?:done|cancelled|canceled|changed|processed|refunded|sent)|(?:cancelled|canceled|changed|processed|refunded|sent|through)(?: now)?)|(?:it'?s|that'?s) (?:done|cancelled|canceled|through|gone through)(?: now| then)?|all done|(?:is )?everything (?:done|ok|okay|sorted))\b[^?.!]{0,30}[?.!]*\s*$/i;

/** Readings that leave such a message to the conversation: no request of its own. */
const OPEN: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "deny",
  "small_talk",
  "other",
  "order_status",
  "cancel_order",
  "complaint",
  "feedback",
]);

/** How sure the conversation's reading is: it rests on what was just done. */
const CONFIDENCE = 0.85;

/**
 * The reading of a question about the change just carried out: where that order stands
 * now (an undo too: the reply says what can be done). Null when nothing was done in the
 * conversation, a change waits, or the message asks something else.
 */
export function lastChangeReading(
  reading: IntentEnrichment,
  text: string,
  done: DoneChange | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  if (!done?.order_id || pending || !OPEN.has(reading.intent)) return null;
  if (!WORKED.test(text.trim()) && !asksToUndo(text)) return null;
  const read = relabelled(reading, "order_status", CONFIDENCE);
  const named = read.entities.order_ids;
  return {
    ...read,
    source: "conversation",
    entities: named.length > 0 ? read.entities : { ...read.entities, order_ids: [done.order_id] },
  };
}
