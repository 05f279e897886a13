/**
 * "And the shipping?", "does that include shipping?", "what about the postage?" said while a
 * refund, a return or a cancellation waits for a yes: whether the shipping fee comes back with
 * it — a question about the change, not the store's shipping speeds and prices. Pure.
 */

/** Changes that give money back, of which the shipping fee may be asked. */
export const MONEY_BACK_CHANGES: ReadonlySet<string> = new Set([
  "refund",
  "return_item",
  "cancel_order",
]);

/** A short question of the shipping fee, with nothing else asked. */
const SHIPPING_ASKED =
  /^\s*(?:(?:ok(?:ay)?|and|but|so|also|oh|hmm+)[\s,]+)*(?:what about|how about|and|does (?:that|it|this|the refund) (?:include|cover)|is|do i get|will i get|would i get|incl(?:uding|\.)?)?\s*(?:the\s+|my\s+)?(?:shipping|postage|delivery (?:fee|cost|charge))(?:\s+(?:fee|cost|costs|charge))?(?:\s+(?:too|as well|also|included|refunded|back))*\s*\??\s*$/i;

/** Whether `text` asks if the shipping fee comes back with a waiting change of `type`. */
export function asksShippingBack(text: string, type: string): boolean {
  return MONEY_BACK_CHANGES.has(type) && SHIPPING_ASKED.test(text);
}
