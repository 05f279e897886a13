/**
 * An order named by where it stands beside the one talked of: "and the one before that?"
 * after an answer about the latest order is the order placed before it; "the one after
 * that" the one placed after. Read by the intent actor (a follow-up naming an order) and
 * the context actor (which order it is). Pure.
 */

/** Which way from the order talked of. */
export type RelativeOrder = "before" | "after";

const ONE = String.raw`(?:one|order|parcel|package|purchase)`;
const THAT = String.raw`(?:that|it|this|that one|this one|the (?:last|latest|newest) one)`;

/** "the one before that", "the order prior to that one", "the one i placed before that". */
const BEFORE = new RegExp(
  String
    .raw`\b(?:the|my)\s+${ONE}\s+(?:(?:i|we)\s+(?:placed|ordered|made|got)\s+)?(?:before|prior to|previous to|ahead of)\s+${THAT}\b`,
  "i",
);
/** "the one after that", "the order after this one". */
const AFTER = new RegExp(
  String
    .raw`\b(?:the|my)\s+${ONE}\s+(?:(?:i|we)\s+(?:placed|ordered|made|got)\s+)?after\s+${THAT}\b`,
  "i",
);

/** The way the text names an order beside the one talked of, or null. */
export function relativeOrder(text: string): RelativeOrder | null {
  if (BEFORE.test(text)) return "before";
  if (AFTER.test(text)) return "after";
  return null;
}

/** The phrase naming the order, for removing it from the rest of a message. */
export const RELATIVE_ORDER = new RegExp(`${BEFORE.source}|${AFTER.source}`, "gi");

/**
 * The order placed just before or after `focus`, by when each was placed; null when `focus`
 * is not among them or none lies that way.
 */
export function besideByAge<T extends { id: string; placed_at: string }>(
  orders: readonly T[],
  focus: string,
  way: RelativeOrder,
): T | null {
  const sorted = [...orders].sort((a, b) => Date.parse(a.placed_at) - Date.parse(b.placed_at));
  const at = sorted.findIndex((o) => o.id === focus);
  if (at < 0) return null;
  return sorted[way === "before" ? at - 1 : at + 1] ?? null;
}
