/**
 * "Ok cancel the shoes then", "actually just the shoes", "no, only the bottles" while the
 * cancellation of a whole order waits: the customer names which of its items go. Neither a
 * yes to the whole nor a no, it is the cancellation asked again for what they named (the
 * response proposes removing those lines, `actors/response/cancel_part.ts`), for its own yes.
 * Pure.
 */
import type { Entities, PendingAction } from "../../shared/protocol.ts";
import { allButKept } from "../../domain/all_but.ts";
import { goesWithTheRest } from "../../domain/with_the_rest.ts";

/** The most words such an answer has: longer messages say what they want themselves. */
const MAX_WORDS = 12;
/** "Just", "only": a part of the order, even after a "no". */
const ONLY = /\b(?:just|only)\b/i;
/** A no to the items named: "don't cancel the shoes", "not the shoes", "keep the shoes". */
const SPARES =
  /\b(?:do ?n[o']?t|do not|never|not)\s+(?:cancel\s+)?(?:the|my)\b|^\s*keep\b|\bleave the\b/i;

/** Another change or a thing no item is: "change the address instead", "refund the shoes". */
const OTHER_CHANGE =
  /\b(?:address|change|update|return|refund|replac\w*|exchange|swap|expedite|speed|ship|deliver\w*|instead|invoice|payment|email)\b/i;

/** A question by its first words, mark or not: "also where is my headphones order". */
const ASKS_FIRST =
  /^\s*(?:(?:also|and|oh|btw|but|so|ok(?:ay)?)\b[\s,.!]*)*(?:where|where'?s|when|what|what'?s|why|how|is|are|has|have|did|does|do|can you tell|any news)\b/i;
/**
 * A question without its question mark: "thanks! one more thing, where are my headphones",
 * "when will the shoes come" asks about the goods, never narrows the cancellation.
 */
const ASKS =
  /\b(?:where(?:'?s| is| are| did)?|when (?:will|is|are|does|do|did)|how (?:long|much|many|do|does|is)|what(?:'?s| is| about)|has|have|did|does|is (?:it|my|the)|are (?:my|the|they))\b/i;

/** Some of a line taken off, not all of it: "one of the bottles", "remove one bottle". */
const FEWER =
  /\b(?:one|1|a single)\s+(?:of\s+(?:the|my|those|them)\b|less\b|fewer\b)|\b(?:remove|drop|take\s+(?:off|out)|cancel|delete)\s+(?:just\s+|only\s+)?(?:one|1|a|an|a single)\s+(?!of\s+(?:the\s+)?order)/i;

/** Whether the message narrows the whole order's cancellation that waits to items it names. */
export function narrowsCancel(
  text: string,
  entities: Entities,
  pending: PendingAction,
  denied: boolean,
): boolean {
  if (pending.action.type !== "cancel_order") return false;
  if ((entities.item_refs ?? []).length === 0 && entities.products.length === 0) return false;
  if (/\?/.test(text) || OTHER_CHANGE.test(text) || ASKS.test(text) || ASKS_FIRST.test(text)) {
    return false;
  }
  // "Make sure the water bottles go too": they go with the rest, nothing narrowed.
  if (goesWithTheRest(text)) return false;
  // "No, just take off one of the water bottles": one fewer of them, not the line gone.
  if (FEWER.test(text)) return false;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (denied && !ONLY.test(text)) return false;
  // "Sure but not the shoes": a yes to the rest, the items named kept.
  if (allButKept(text) !== null) return true;
  return !SPARES.test(text.replace(/^\s*no\b[\s,.!]*/i, ""));
}
