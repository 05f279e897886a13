/**
 * Questions about the change just carried out: "did it work?", "is it done?", "so is it
 * cancelled now?" ask where that order stands; "can you undo that?" asks to take it back.
 * The classifier reads them alone (a yes, small talk, a new cancellation); the dialogue
 * state knows what was done. Pure.
 */
import type { DoneChange, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { asksToUndo } from "../../domain/undo.ts";
import {
  asksCost,
  asksForConfirmation,
  asksIfDone,
  asksToReorder,
  asksWhatNext,
} from "../../domain/done_asked.ts";

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

/**
 * Readings the classifier gives such a question or regret alone ("did it go through?" is a
 * payment, "is that refund confirmed?" a rule, "bring it back" a delivery): the pattern, not
 * the word, says it is about the change just made.
 */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_issue",
  "policy_question",
  "delivery_problem",
  "shipping_options",
  "refund_request",
  "return_item",
  "modify_order",
]);

/** Changes whose cost afterwards the reply tells ("what's the new total?" after a refund). */
const COSTED: ReadonlySet<string> = new Set(["refund", "cancel_order", "expedite_order"]);

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
  if (!done?.order_id || pending) return null;
  const undo = asksToUndo(text);
  // "Can you cancel the refund?" reads as the refund's status; "did the refund go through?" is.
  const open = OPEN.has(reading.intent) || MISREAD.has(reading.intent) ||
    (undo && reading.intent === "refund_status");
  if (!open) return null;
  const asked = asksIfDone(text) || undo || asksForConfirmation(text) ||
    asksWhatNext(text) || (asksCost(text) && COSTED.has(done.type)) ||
    (done.type === "cancel_order" && asksToReorder(text));
  if (!asked) return null;
  const read = relabelled(reading, "order_status", CONFIDENCE);
  const named = read.entities.order_ids;
  return {
    ...read,
    source: "conversation",
    entities: named.length > 0 ? read.entities : { ...read.entities, order_ids: [done.order_id] },
  };
}
