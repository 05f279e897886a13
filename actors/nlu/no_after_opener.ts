/**
 * "Yeah no, leave it", "oh ok, no don't cancel then", "ah right, no keep it", "hmm ok then no":
 * a reply to the waiting change that opens with words said before the answer — the "yeah no"
 * idiom, or an acknowledgement of what we said ("ok", "oh I see", "right") — and gives a no
 * after them. The no is the answer: the opener's "ok" or "yeah" was no consent (read whole, the
 * reply said yes and no at once and was asked again). Only a no is taken from the rest, so no
 * opener ever makes a yes. Pure.
 */
import type { ConfirmationReading } from "./confirmation.ts";
import { CHANGE_OF_MIND } from "./confirmation_cues.ts";

/** "Yeah no", "yea nah", "yes no": a no in form, said before what the customer means. */
const YEAH_NO = /^\s*(?:yeah|yea|ya|yes|yep)[\s,]+(?:no|nah|nope)\b[\s,.!-]*/i;

/**
 * "Ok", "oh ok then", "ah right", "I see", "got it", a resigned "fine": what we said taken in,
 * before the answer ("oh no" is dismay, not an acknowledgement: a bare "oh" or "ah" opens nothing).
 */
const ACKNOWLEDGED =
  /^\s*(?:(?:oh+|ah+|aha|ohh+)[\s,]+)?(?:ok(?:ay)?|kk?|fine|alright|all right|right|i see|got it|gotcha|fair enough|understood|makes sense)(?:[\s,]+then)?\b[\s,.…!-]*/i;

/** "All good", "I'm good", "it's fine", "no worries": nothing wanted, things as they are. */
const FINE_AS_IS =
  /^\s*(?:all good|(?:i'?m|im|we'?re|were) (?:good|fine|ok(?:ay)?)|(?:it'?s|its) (?:fine|ok(?:ay)?|all good)|no worries|no need|all fine)\b[\s,.!]*(?:(?:thanks|thank you|thx|mate|though)[\s,.!]*)*$/i;

/**
 * "No that's fine", "nope thats ok, just wanted to know", "no thats fine, i'll wait": a no, then
 * things as they are — and nothing after (in "no, that's fine, go ahead" the yes after it is heard).
 */
const NO_THATS_FINE =
  /^\s*(?:no|nah|nope)\b[\s,.!-]*(?:that'?s|thats|it'?s|its)\s+(?:fine|ok(?:ay)?|alright|all good)\b[\s,.!]*(?:(?:thanks|thank you|thx|mate|though|(?:i\s+)?(?:just|was just|only)\s+(?:wanted to know|asking|curious|checking|wondering)|(?:(?:i'?ll|ill|i will)\s+)?(?:just\s+)?(?:keep|leave)\s+(?:it|them)(?:\s+(?:as it is|for now))?|(?:i'?ll|ill|i will|i can|happy to|i don'?t mind)\s+(?:just\s+)?wait(?:\s+(?:it out|for it|a bit|a few (?:more )?days|and see))?)[\s,.!]*)*$/i;

/** What may open the no after an acknowledgement: the no's own words, first. */
const NO_FIRST =
  /^(?:no|nah|nope|never\s*mind|nevermind|nvm|don'?t|do not|leave it|keep it|forget it|not now)\b/i;

/** The no after an opener, read by `read` (the reader of a whole reply), or null. */
export function noAfterOpener(
  text: string,
  read: (rest: string) => ConfirmationReading,
): ConfirmationReading | null {
  if (NO_THATS_FINE.test(text)) {
    return { label: "deny", reason: "a no, and things as they are", request: null };
  }
  const idiom = text.replace(YEAH_NO, "");
  // "Yeah nah, all good", "yeah no i'm good": the idiom's no, and the things as they are.
  if (idiom !== text && FINE_AS_IS.test(idiom)) {
    return { label: "deny", reason: "a no after 'yeah no'", request: null };
  }
  if (idiom !== text && idiom.trim() !== "") {
    const reading = read(idiom.replace(CHANGE_OF_MIND, "") || idiom);
    if (reading.label === "deny") return { ...reading, reason: "a no after 'yeah no'" };
  }
  const rest = text.replace(ACKNOWLEDGED, "");
  if (rest === text || !NO_FIRST.test(rest)) return null;
  // "Ok no", "right, no": a bare no after a bare "ok" may be either; "ok then, no" or "ok, no
  // leave it" is not.
  const opener = text.slice(0, text.length - rest.length);
  if (!/\bthen\b/i.test(opener) && rest.match(/[\p{L}']+/gu)!.length < 2) return null;
  const reading = read(rest);
  return reading.label === "deny" ? { ...reading, reason: "a no after an acknowledgement" } : null;
}
