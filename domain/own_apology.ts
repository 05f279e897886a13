/**
 * The customer apologising to us: "sorry for being rude earlier", "thanks, and sorry for the
 * rant", "my bad for yelling", "sorry to bother you". Said alone (or beside thanks), it asks
 * nothing and reports no trouble; the classifier reads the apology's words ("rude", "sorry")
 * as a complaint, whose reply tells the order's bad news again. Pure.
 */

/** Words that may come before the apology: thanks, an ok, a greeting. */
const BEFORE = String
  .raw`(?:(?:ok(?:ay)?|thanks?|thank you|thx|ty|and|also|btw|oh|ah|hey|hi|look|listen|well|honestly)[\s,.!-]+)*`;
/** The apology itself. */
const SORRY = String
  .raw`(?:(?:i'?m|i am|im)\s+)?(?:so\s+|really\s+|very\s+|truly\s+)?(?:sorry|soz|sry|apologies|my apologies|i apologi[sz]e|my bad|pardon me)`;
const APOLOGY = new RegExp(`^\\s*${BEFORE}${SORRY}\\b(.*)$`, "is");

/** What the customer is sorry for: their own tone, the messages, the bother. */
const OWN_DOING =
  /\b(?:rude|rudeness|rant\w*|tone|yell\w*|snap\w*|shout\w*|angry|mad|harsh|short with you|vent\w*|caps|earlier|before|bother\w*|messag\w*|spam\w*|a pain|impatient|frustrat\w*|outburst|temper|swear\w*|language|attitude|grumpy|blunt|cranky|heated|taking it out|long message|all that|that|confusion|mix-?up|my mistake|late reply|slow reply|replying late|taking so long)\b/i;

/** Signs the message goes on to report or ask something. */
const MORE =
  /[?]|\b(?:but|where|when|why|how|can you|could you|please|pls|order|ORD-?\d+|refund|cancel|return|still|again)\b/i;

/** "Bother you again", "messaging again": the again of the bother, no trouble come back. */
const AGAIN_OF_BOTHER =
  /\b(?:bother\w*|disturb\w*|messag\w*|writ\w*|chas\w*|pester\w*)\s+(?:(?:you|u|you guys)\s+)?again\b/gi;

/** Whether the whole message is the customer's apology (with thanks or not). */
export function customerApologises(text: string): boolean {
  if (text.length > 140) return false;
  const m = APOLOGY.exec(text.trim());
  if (!m) return false;
  const rest = m[1].replace(
    /[\s,.!]*(?:thanks?|thank you|thx|ty)(?: (?:so much|a lot|for (?:your|the) (?:help|patience)))?[\s,.!]*$/i,
    "",
  )
    .trim();
  // "Sorry?" may ask what we meant; a plain "sorry" alone is left to the classifier.
  if (rest.length === 0) return !/^\W*(?:sorry|soz|sry)\W*$/i.test(text);
  return OWN_DOING.test(rest) && !MORE.test(rest.replace(AGAIN_OF_BOTHER, "bother"));
}

/** The end of a leading apology: a comma, a full stop, a dash or a "!" before the rest. */
const LEAD_END = /^(.{4,80}?)(?:[,.;:!]+|\s+-+)\s+(?=\S)/s;

/**
 * The customer's apology leading a message that goes on to ask ("sorry for being rude
 * earlier, where is my keyboard", "sorry to bother you again! quick q, does ORD-1003 ship
 * soon?"): the apology's words with the stop after them, or null when the message does not
 * open with one. The rest is what they ask; the apology only softens it.
 */
export function apologyLead(text: string): string | null {
  const m = LEAD_END.exec(text.replace(/[‘’]/g, "'"));
  // A bare "I'm so sorry," leads what it is sorry for, which the rest tells.
  if (!m || !customerApologises(m[1]) || !OWN_DOING.test(m[1])) return null;
  const rest = text.slice(m[0].length);
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2 ? text.slice(0, m[0].length) : null;
}
