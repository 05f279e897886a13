/**
 * "And the shipping?", "does that include shipping?", "what about the postage?" said while a
 * refund, a return or a cancellation waits for a yes — or "if I cancel will I get the shipping
 * back too?" beside the change asked: whether the shipping fee comes back with it, a question
 * about the change, not the store's shipping speeds and prices. Pure.
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

/** The shipping fee named: "shipping", "postage", "delivery fee", "p&p". */
const SHIPPING =
  /\b(?:shipping|postage|delivery (?:fee|cost|charge)s?|p&p)\b|\bshipping (?:fee|cost)s?\b/i;
/** Something asked of it: a question, or "and the postage?". */
const ASKED =
  /\?|\b(?:is|does|did|will|would|do i|included?|covers?|too|as well|what about|how about)\b/i;
/** The fee coming back: "the shipping back", "shipping refunded", "is postage included". */
const BACK = /\b(?:back|refund(?:ed)?|returned|reimbursed|included?|incl|cover(?:s|ed)?)\b/i;
/** Shipping asked for its own sake: a speed, a place, a time or a price of the store's. */
const ITS_OWN =
  /\b(?:express|overnight|upgrade|faster|expedite|how (?:long|much|fast)|when|where|international|abroad|to (?:canada|the uk|the us|europe|mexico))\b/i;

/** Whether `text` asks if the shipping fee comes back with a waiting change of `type`. */
export function asksShippingBack(text: string, type: string): boolean {
  return MONEY_BACK_CHANGES.has(type) && SHIPPING_ASKED.test(text);
}

/**
 * Whether `text`, while a change of `type` waits, asks anything of its shipping fee ("is
 * shipping included?", "will the delivery fee be refunded too") — the short questions above
 * and longer ones, never a speed or a place asked for.
 */
export function asksShippingOfChange(text: string, type: string): boolean {
  if (!MONEY_BACK_CHANGES.has(type)) return false;
  if (asksShippingBack(text, type)) return true;
  return SHIPPING.test(text) && ASKED.test(text) && !ITS_OWN.test(text) && !PAID_BY_THEM.test(text);
}

/** The cost of sending goods back asked ("do i have to pay shipping?"): the label's answer. */
const PAID_BY_THEM = /\b(?:pay|paying|charge me|cost me|charged)\b/i;

/**
 * Whether `text`, asking for a change that gives money back, also asks if the shipping fee
 * comes back with it: "if I cancel will I get the shipping back too?", "refund it, postage
 * included?".
 */
export function asksShippingBackBeside(text: string): boolean {
  return SHIPPING.test(text) && BACK.test(text) && !ITS_OWN.test(text);
}
