/**
 * Thanks or praise said in irony: "thanks a lot, that was useless", "great, another delay",
 * "very helpful NOT", "thanks for nothing". The words of thanks read positive to a model
 * of words; said beside a verdict that we did not help, or trouble that happened again,
 * they are the customer's displeasure, and a reply that says "You're welcome!" reads as
 * not listening.
 */
import { PRAISE_WORD } from "../../domain/reaction.ts";

/** Words of thanks or praise that irony turns around. */
const PRAISE =
  /\b(?:thanks?|thank you|thx|ty|cheers|great|wonderful|brilliant|fantastic|perfect|lovely|awesome|amazing|nice|helpful|super|hilarious|classic|bravo|well done|nice one|good job|stellar|top notch|impressive)\b|👏/iu;

/** A verdict that the help did not help. */
const NO_HELP =
  /\b(?:useless|no help|not (?:very |at all |really )?helpful|unhelpful|(?:didn'?t|doesn'?t|did not|does not|wasn'?t|was not) (?:help|any help)|waste of (?:my )?time|pointless|worthless|for nothing|rubbish|garbage|a joke)\b/i;

/** Trouble that came again: what praise beside it cannot mean. */
const TROUBLE_AGAIN =
  /\b(?:another ["'“‘]?(?:delay|problem|mistake|excuse|issue|(?:week|day|month|fortnight|few (?:days|weeks))(?: of waiting)?)|(?:late|lost|delayed|broken|damaged|wrong|missing) again|yet again|(?:delayed|late|lost) (?:once )?more)\b/i;

/** "Love how my keyboard is late", "great that it's still not here": praise of the trouble itself. */
const PRAISED_TROUBLE =
  /\b(?:love|loving|great|nice|lovely|wonderful|fantastic|brilliant|awesome)\s+(?:how|that)\b[^.!?]*\b(?:late|delayed|lost|broken|damaged|missing|wrong|never (?:came|arrived|showed)|still (?:not|hasn'?t|isn'?t|waiting))\b/i;

/**
 * "I love waiting 2 weeks for a keyboard", "love being ignored", "nothing like chasing a
 * parcel for a week": delight in an ordeal nobody enjoys.
 */
const PRAISED_ORDEAL =
  /\b(?:love|loving|enjoy|enjoying|adore|nothing (?:like|better than)|so glad (?:to be|i'?m))\s+(?:(?:\w+\s+)?(?:waiting|chasing|refreshing (?:the )?tracking)\b|being (?:ignored|kept waiting|left (?:waiting|on (?:hold|read))|passed around|fobbed off|lied to|messed around)\b)/i;

/**
 * "Fantastic service as always" beside a delay, "you guys are hilarious" beside a lost parcel:
 * praise of the usual, or a laugh at us, said while the order is in trouble.
 */
const MOCKING =
  /\b(?:as (?:always|usual|per usual)|like (?:always|clockwork)|hilarious|classic|love that for me|slow clap|bravo|nice one|good job|well done)\b|👏/iu;

/** An eye-roll or a sideways look beside praise: "Best. Service. Ever. 🙄". */
const EYE_ROLL = /[🙄😒]/u;

/** "Perfect. Just perfect.": a sentence of praise and nothing else. */
const PRAISE_SENTENCE = new RegExp(
  String.raw`(?:^|[.!?]\s*)(?:(?:oh|just|so|really|wow|well)[\s,]+)*${PRAISE_WORD}` +
    String.raw`(?:[\s,]+(?:just\s+)?${PRAISE_WORD})*\s*[.!]+`,
  "i",
);

/** Trouble with the order told beside it: "still isn't here", "late", "broken". */
const TROUBLE =
  /\b(?:late|delayed|lost|broken|damaged|missing|wrong|never (?:came|arrived|showed)|still (?:not|no|nothing|isn'?t|hasn'?t|waiting)|not (?:here|arrived)|hasn'?t (?:arrived|come))\b/i;

/** "Very helpful... NOT": praise taken back by a "not" at the very end. */
const TRAILING_NOT = /\bnot\s*[.!]*\s*$/i;

/** True when thanks or praise in `text` is said in irony. */
export function ironicPraise(text: string): boolean {
  if (PRAISED_ORDEAL.test(text)) return true;
  // An eye-roll turns any praise around ("Best. Service. Ever. 🙄").
  if (EYE_ROLL.test(text) && (PRAISE.test(text) || /\b(?:best|love|loving)\b/i.test(text))) {
    return true;
  }
  // "Love that for me, it's delayed again", "lost again lol. classic".
  if (MOCKING.test(text) && TROUBLE.test(text)) return true;
  if (!PRAISE.test(text)) return false;
  // "Thanks for nothing" is a verdict by itself.
  if (NO_HELP.test(text) || TROUBLE_AGAIN.test(text) || PRAISED_TROUBLE.test(text)) return true;
  // "Perfect. Just perfect. My keyboard still isn't here."
  if (PRAISE_SENTENCE.test(text) && TROUBLE.test(text)) return true;
  return TRAILING_NOT.test(text) && text.trim().split(/\s+/).length <= 8;
}
