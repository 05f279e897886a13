/**
 * "And the shoes too", "the frother as well" right after goods were taken off an order: the
 * same change again, for the goods named now. Read by the intent actor (a change of items) and
 * the response (a removal, or the cancellation when nothing would be left). Pure.
 */
import type { DoneChange } from "../shared/protocol.ts";

/** "And the X too", "also the X", "the X as well": short, the same again. */
const TOO =
  /^\s*(?:(?:and|also|oh and|plus)\s+)?(?:the|my)\s+[\w' -]{3,40}?\s+(?:too|as well|also)\s*[.!]*\s*$|^\s*(?:and|also|plus)\s+(?:the|my)\s+[\w' -]{3,40}?\s*[.!]*\s*$/i;

/** Whether the change done took goods off (every line it changed set to none). */
export function doneRemoval(done: DoneChange | null | undefined): boolean {
  return done?.type === "modify_items" && (done.items?.length ?? 0) > 0 &&
    done.items!.every((l) => l.to === 0);
}

/** Whether `text` asks the same again of other goods ("and the shoes too"). */
export function sameAgain(text: string): boolean {
  return TOO.test(text) && !/\?/.test(text);
}
