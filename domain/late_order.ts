/**
 * "A refund for a late delivery", "my order is delayed": an order still on its way, not one
 * that came in time — the delivered order must not be the one assumed. "It arrived late" is
 * an order that came. Pure.
 */

/** A delivery late, or an order taking long. */
const LATE =
  /\b(?:late|delayed|overdue|taking (?:so|too|very) long|still waiting|running behind)\b/i;
/** Late, but here: "it arrived late", "delivered two days late". */
const CAME_LATE =
  /\b(?:arrived|came|delivered|got it|received it|turned up|showed up)\b[^.?!]*\blate\b/i;

/** Whether the message speaks of an order that is late and has not come. */
export function speaksOfLateOrder(text: string): boolean {
  return LATE.test(text) && !CAME_LATE.test(text);
}
