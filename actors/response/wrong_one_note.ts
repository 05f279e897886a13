/**
 * "Oops wrong one, I meant the keyboard" right after a change was carried out: before the
 * answer about the order meant, one line on the change already made — what it did and whether
 * it can be taken back — so the customer is not left thinking it was undone. Pure.
 */
import { undoSentences } from "../../domain/undo.ts";
import type { Draft, TurnView } from "./view.ts";

/** "Wrong one", "wrong order", "I meant the …", "not that one". */
const WRONG_ONE =
  /\bwrong (?:one|order)\b|\bi meant (?:the|my|order|ord-?\d|\d)|\bmeant to say\b|\bnot (?:that|this) one\b/i;

/** The draft with the line on the change already made put first, when the turn is such a one. */
export function withWrongOneNote(v: TurnView, d: Draft): Draft {
  const done = v.done;
  if (!done?.order_id || v.pending || !WRONG_ONE.test(v.text)) return d;
  // Only when the answer is about another order than the one changed — or proposes the return
  // of another item of the order whose return was just opened ("I meant the espresso machine").
  const otherItem = done.type === "return_item" &&
    d.proposed_actions.some((a) => a.type === "return_item" && a.order_id === done.order_id);
  if (d.text.includes(done.order_id) && !otherItem) return d;
  const [first, next] = undoSentences(done);
  const note = done.type === "modify_items" || done.type === "change_address"
    ? first
    : `${first} ${next}`;
  return { ...d, text: `${note}\n\n${d.text}` };
}
