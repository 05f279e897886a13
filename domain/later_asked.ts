/**
 * "Can you do it tomorrow instead?", "wait till friday and then cancel", "not today, maybe next
 * week": the change that waits for a yes asked for at a later time. The store makes a change
 * when the shopper says yes and keeps no timer, so such a reply is no yes and no no — the change
 * stays waiting, and the reply says it cannot be put off to a day, until when it stays
 * possible, and that a yes then will do it. Pure.
 */

/** A later time: "tomorrow", "later", "next week", "on friday", "in a few days", "after payday". */
const LATER = String
  .raw`(?:tomorrow|tmrw?|tmr|later(?: on)?|(?:next|this) (?:week|weekend|month)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:a|an|a few|a couple of|two|three|\d+) (?:days?|weeks?|hours?)|after (?:the weekend|payday|pay day)|at the weekend|over the weekend)`;

/** Telling us to act: "do it", "cancel it", "process the refund", "make the change". */
const ACT = String
  .raw`(?:do|cancel|refund|return|send|process|change|expedite|upgrade|make|start|sort|put through)`;

const SHAPES: readonly RegExp[] = [
  // "do it tomorrow", "can you cancel it next week instead", "process the refund on friday"
  new RegExp(
    String
      .raw`\b${ACT}\b(?:\s+(?:it|that|this|them|the (?:order|refund|return|change|cancellation|upgrade|replacement)))?(?:\s+(?:for me|please|pls))?\s+${LATER}\b`,
    "i",
  ),
  // "wait till friday and then cancel", "hold off until monday then do it", "hold it till tmrw"
  new RegExp(
    String.raw`\b(?:wait|hold(?: off| it| on)?|leave it)\s+(?:till|until|til|'?til)\s+${LATER}`,
    "i",
  ),
  // "not today, maybe next week", "not now — tomorrow"
  new RegExp(
    String.raw`^\s*not (?:today|now|right now|yet)\b[\s,.;:!-]*(?:maybe\s+|but\s+)?${LATER}\b`,
    "i",
  ),
];

/** True when the reply asks for the waiting change at a later time. */
export function asksLater(text: string): boolean {
  // "Yes, and I'll reorder tomorrow": a yes now, whatever comes later.
  if (
    /^\s*(?:yes|yeah|yep|ok(?:ay)?|sure)\b[\s,.!]*(?:please\s+)?(?:do it|go ahead)[\s,.!]*$/i.test(
      text,
    )
  ) {
    return false;
  }
  return SHAPES.some((re) => re.test(text));
}
