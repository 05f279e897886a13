/**
 * "Sorry not 1003, the headphones order", "not 1002, 1003": an order number said not to be
 * the one meant, beside what is. It is no order of the message: kept, it was taken for the
 * order meant (the address of ORD-1003 asked again). Alone ("not 1003") it stays. Pure.
 */

/** "not" right before an order reference: "not 1003", "not ORD-1003", "not order #1003". */
const NOT_BEFORE = /\bnot\s+(?:(?:order|ord)\s*(?:no\.?|number|#)?\s*)?#?\s*$/i;

/** A span of the text with its start. */
interface Spanned {
  start: number;
}

/**
 * The order references without those said not to be meant, when something else is named
 * beside them (`alsoNamed`: goods, or "the other one"); else all of them.
 */
export function withoutNegated<T extends Spanned>(
  text: string,
  refs: readonly T[],
  alsoNamed: boolean,
): T[] {
  const negated = refs.filter((r) =>
    NOT_BEFORE.test(text.slice(Math.max(0, r.start - 24), r.start))
  );
  if (negated.length === 0) return [...refs];
  const kept = refs.filter((r) => !negated.includes(r));
  return kept.length > 0 || alsoNamed ? kept : [...refs];
}
