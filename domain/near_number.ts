/**
 * An order number typed with one slip — a digit too many ("10002") or one missing — and the
 * customer's own order it was likely meant as. Only their own orders are
 * offered, so nothing is said of the number typed (someone else's order, or none). Pure.
 */

/** The digits of an order id ("ORD-1002" → "1002"). */
function digits(id: string): string {
  return id.replace(/^ORD-/i, "");
}

/** True when `a` becomes `b` by one inserted, deleted or changed digit, or two swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * The one order of `own` one slip from `typed`, or null when none or several are. Only a
 * number of another length than the order's is offered ("10002", "102" for ORD-1002): one of
 * the same length may be a real order of someone else, or of theirs under another account,
 * and a "yes" to it would carry their request to an order they never named.
 */
export function nearOwnOrder(typed: string, own: readonly string[]): string | null {
  const t = digits(typed);
  const hits = own.filter((id) => digits(id).length !== t.length && oneSlipApart(t, digits(id)));
  return hits.length === 1 ? hits[0] : null;
}
