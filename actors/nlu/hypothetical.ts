/**
 * A question about what would happen ("what happens if a parcel is lost?", "what if it
 * arrives damaged?", "in case my order is late, can I cancel?") names trouble that has not
 * happened: the customer asks a rule, calmly. Read by its words, the trouble makes it look
 * upset, and an upset VIP is handed to a person instead of being answered.
 */

/** A question opening on a supposition. */
const SUPPOSING =
  /^(?:(?:and|so|ok(?:ay)?|also|just curious|quick question|out of interest)\b[\s,:.!-]*)*(?:what (?:happens|would happen|will happen|do (?:i|you) do|should i do|can i do|if)\b|what'?s the (?:policy|rule|process) (?:if|when|for when)\b|(?:and )?(?:in case|suppose|supposing|hypothetically|say)\b|if (?:a|an|the|my|your|an?y?) ?\w+(?: \w+){0,5} (?:is|are|gets?|was|were|arrives?|comes?|goes) [^,?]*[,]? (?:what|how|can|do|does|will|would|is|who)\b)/i;

/** Words that say the trouble is real, now: "my parcel IS lost", "again", "still". */
const ACTUAL =
  /\b(?:again|still|already|yesterday|today|this time|right now|(?:my|our) (?:order|parcel|package|item)s? (?:is|was|has|hasn'?t|never)|(?:it|this) (?:is|was|has|hasn'?t|never)|i (?:have|had|got|received|am|was))\b|!{2,}/i;

/**
 * "What if it's been 35 days": a time supposed, a supposition however it ends ("what if it
 * arrives damaged", with no mark, may be news and is left to the mark).
 */
const WHAT_IF =
  /^(?:(?:and|so|ok(?:ay)?|but)\b[\s,]*)*what if (?:it'?s|its|it has|it is|i'?m|im) (?:been|over|past|more than|later than)\b/i;

/** True when the message asks what would happen in a case that has not (said to have) happened. */
export function supposition(text: string): boolean {
  const t = text.trim();
  // "what if its been 35 days", typed without its question mark, asks all the same.
  const asked = /\?\s*$/.test(t) || (WHAT_IF.test(t) && t.split(/\s+/).length <= 12);
  if (asked && SUPPOSING.test(t) && !ACTUAL.test(t)) return true;
  // "If it's not too much trouble, could you…": a courtesy, no trouble told.
  if (POLITE_IF.test(t)) return true;
  // "If my keyboard doesn't arrive by friday I want a refund": a lateness still to come.
  return LATE_IF.test(t) && !ACTUAL.test(t) && !/!/.test(t);
}

/** A change set on a parcel not there by a day to come: "if it isn't here by thursday…". */
const LATE_IF =
  /\bif (?:it|they|my \w+(?: \w+)?|the \w+(?: \w+)?|(?:my|the) (?:order|parcel|package))\s+(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|hasn'?t|haven'?t|won'?t)\s+(?:arrive|come|show up|turn up|get here|here|be here|make it)\b[^.?!,]{0,20}?\b(?:by|before|until|within|in)\b/i;

/** "If it's not too much trouble", "if it's no bother", "if you don't mind". */
const POLITE_IF =
  /\bif (?:it'?s|its|it is|it isn'?t|it'?s not) (?:not )?(?:too much )?(?:trouble|bother|hassle|a problem|a bother|no trouble|no bother|no problem)\b|\bif (?:you|u) (?:don'?t|do not) mind\b/i;
