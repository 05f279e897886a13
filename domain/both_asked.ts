/**
 * "Both", "can i have both?", "why not both lol": both of the options we offered (a refund
 * or a replacement) asked for in a short message. Read by the response (why it is one or
 * the other) and by the decision router (an answer to our question, not an upset shopper). Pure.
 */

/** Both of what we offered: "both", "the two of them". */
const BOTH = /\b(?:both|the two of them|each of them)\b/i;
/** Both turned down, or one of them only: "not both", "neither", "just one". */
const NOT_BOTH = /(?<!\bwhy )\bnot both\b|\b(?:neither|nor|just one|only one|either)\b/i;
const MAX_WORDS = 8;

/** Whether `text` asks for both of the options we offered. */
export function asksForBoth(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
  return words > 0 && words <= MAX_WORDS && BOTH.test(text) && !NOT_BOTH.test(text);
}
