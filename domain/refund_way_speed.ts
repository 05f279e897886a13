/**
 * Whether a refund is slower by the way the order was paid: "it was a bank transfer, does that
 * take longer?", "i paid by bank transfer tho, is that slower?", "does paypal take longer?"
 * after a refund's news. Read alone it looked like a way to pay asked about (how to pay by bank
 * transfer) or a payment made (another order's failed payment was told). Pure.
 */

/** A question of how long, or of slower or faster. */
const SPEED =
  /\b(?:takes?|taking|take) (?:any |a bit |much )?(?:longer|more time|extra time|ages)\b|\b(?:slower|faster|quicker|longer|delay(?:ed|s)?)\b|\bhow long\b/i;
/** A way of paying named. */
const WAY =
  /\b(?:bank transfer|wire transfer|transfer|bank|paypal|pay ?pal|card|credit card|debit card|apple pay|google pay|klarna)\b/i;
/** How to pay, or the order's payment, asked instead. */
const HOW_TO_PAY =
  /\bhow (?:do|can|to) (?:i )?pay\b|\bcan i pay\b|\bpay(?:ing)? (?:for|with) (?:it|my order)\b/i;

/** Whether the words ask if a refund takes longer by the way it was paid. */
export function refundWaySpeedAsked(text: string): boolean {
  return SPEED.test(text) && WAY.test(text) && !HOW_TO_PAY.test(text);
}
