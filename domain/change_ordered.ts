/**
 * "Refund it.", "just cancel it", "pls return them": a change's verb said as an order. A part
 * this short reads weakly to the classifier (0.44 for "refund it"), yet asks as plainly as a
 * customer can; the readers of an upset message take it as asked. Pure.
 */

const ORDERED =
  /^\W*(?:(?:so|then|now|ok(?:ay)?|fine|just|please|pls|plz)[\s,]+)*(?:cancel|refund|return|send back)\s+(?:it|this|that|them|the order|my order|the \w+|my \w+)(?:\s+(?:then|now|please|pls|already|asap|for me))*\W*$/i;

/** Whether a part is a change's verb said as an order, and nothing else. */
export function changeOrdered(part: string): boolean {
  return ORDERED.test(part.trim());
}
