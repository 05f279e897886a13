/**
 * "You're a lifesaver", "you're the best 🙏" while a change waits for its yes: praise of us,
 * no consent, so the change is asked again — but thanked first. It had been "I'm not sure
 * whether that's a yes or a no", which reads as if the kind words were a dodged question.
 * Pure.
 */

/** Praise of the person helping: "you're a lifesaver / the best / a star", "legend". */
const PRAISE_OF_US =
  /\b(?:you'?re|youre|ur|you are|u r|u are)\s+(?:a\s+|an\s+|the\s+|such\s+an?\s+|so\s+|too\s+)?(?:real\s+)?(?:lifesaver|life saver|life-saver|star|legend|hero|gem|angel|best|amazing|awesome|brilliant|wonderful|champ|sweetheart|godsend|diamond)\b|^\W*(?:lifesaver|life saver|legend|hero|godsend|absolute legend|you rock)\W*$/i;

/** The thanks said before the change is asked again, or null when the words praise nobody. */
export function thanksForPraise(text: string): string | null {
  return PRAISE_OF_US.test(text) ? "Thank you — that's kind of you to say!" : null;
}
