/**
 * "Wait, what's faster, a refund or a replacement?", "which is quicker — the money back or a
 * new one?": a question comparing the two remedies, not a choice of one. Read by the
 * confirmation reader (no switch to the replacement while the refund waits) and by the
 * response (both answered, the change that waits asked again). Pure.
 */

/** Words of comparison. */
const COMPARES =
  /\b(?:faster|quicker|sooner|quickest|fastest|better|best|easier|difference|differ)\b/i;
/** The money back named. */
const REFUND = /\b(?:refund|money back|my money)\b/i;
/** The goods sent again named. */
const REPLACEMENT = /\b(?:replacement|replace|new one|another one|send (?:it|one) again)\b/i;

/** Whether `text` asks which of a refund and a replacement is faster or better. */
export function comparesRemedies(text: string): boolean {
  return COMPARES.test(text) && REFUND.test(text) && REPLACEMENT.test(text) &&
    (/\?/.test(text) || /\b(?:which|what(?:['’]?s)?)\b/i.test(text));
}
