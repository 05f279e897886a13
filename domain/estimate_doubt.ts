/**
 * "Is that guaranteed?", "are you sure it'll come then?", "what if it doesn't come by
 * then?" right after we gave a parcel's delivery estimate: a doubt about that estimate, not a
 * question about the warranty (the classifier's reading of "guaranteed") or the whole return
 * policy. The intent actor reads it as the order's status; the reply says what the estimate
 * is worth and what happens if the parcel misses it. Pure.
 */

/** "Is that guaranteed / definite / certain", "are you sure", "will it really come then". */
const SURE_OF_IT =
  /^(?:(?:ok(?:ay)?|so|and|but|hmm+|right|really)\b[\s,.!]*)*(?:is (?:that|it|this|the date|that date) (?:a )?(?:guaranteed?|definite|certain|sure|for sure|a promise|promised|accurate|reliable|confirmed)|(?:are|r) (?:you|u|they) (?:sure|certain)(?: about that| (?:it|that)(?:'ll| will)? (?:come|arrive|be there|get here)(?: (?:then|by then|on time))?)?|(?:can|could) (?:you|u) (?:guarantee|promise)(?: (?:that|it))?|(?:will|would) it (?:really|definitely|actually) (?:come|arrive|be there|get here)(?: (?:then|by then|on time))?|(?:how|what) (?:sure|certain|accurate|reliable) (?:is|are) (?:that|it|they|you)|(?:is|that'?s) (?:that|it) (?:just )?an estimate)\s*[?!.]*\s*$/i;

/** "What if it…", "and if they…", "what happens if my order…": a question about a case. */
const IF_IT =
  /^(?:(?:ok(?:ay)?|so|and|but|hmm+|right)\b[\s,.!]*)*(?:(?:so )?what(?: happens| do i do| then)?|and|so) if (?:it|it'?s|they|they'?re|the (?:parcel|package|order|delivery)|my (?:order|parcel|package))\b/i;
/** The parcel missing its date: not coming, late again, lost. */
const MISSED =
  /\b(?:(?:doesn'?t|does not|dont|don'?t|won'?t|will not|never|still (?:doesn'?t|hasn'?t)|hasn'?t|isn'?t|is not) (?:come|arrive|show|turn up|get here|make it|arrived|come|here|there)|(?:is|'s|are|gets?|comes?|arrives?|shows? up) (?:late|delayed|lost|later|even later)|never (?:comes?|arrives?|shows?)|late again|delayed again|lost (?:too|again|as well))\b/i;
/** The most words such a question has. */
const MAX_WORDS = 14;

/** Whether the message doubts the delivery estimate just given, or asks what if it is missed. */
export function doubtsEstimate(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return false;
  return SURE_OF_IT.test(t) || asksIfMissed(t);
}

/** Whether the message asks what happens if the parcel misses the estimate. */
export function asksIfMissed(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS) return false;
  return (IF_IT.test(t) && (MISSED.test(t) || ELIDED.test(t))) || IF_NOT.test(t);
}

/**
 * "And if it doesn't?", "what if it won't": the verb left out, the negation ending the
 * question — the estimate just given is what it would miss.
 */
const ELIDED =
  /\b(?:doesn'?t|does not|dont|don'?t|won'?t|will not|isn'?t|is not|hasn'?t|has not|can'?t|cant|aren'?t|doesnt|wont|isnt|hasnt|not)\s*(?:then|tho|though)?\s*[?!.]*\s*$/i;
/** "And if not?", "what if not", "if not then what": the estimate missed, said short. */
const IF_NOT =
  /^(?:(?:ok(?:ay)?|so|and|but|hmm+|right)\b[\s,.!]*)*(?:(?:so )?what |and |so )?if not\b(?:\s*(?:then|,)?\s*(?:what|what then|what happens))?\s*[?!.]*\s*$/i;
