/**
 * Items said to go with the rest of an order being cancelled: "make sure the water bottles
 * go too", "the bottles as well", "don't forget the shoes". The whole order's cancellation
 * already takes them: nothing is narrowed to them (`actors/nlu/pending_cancel_items.ts`), and
 * the reply says they are included (`actors/response/pending_again.ts`). Pure.
 */

/** "Too", "as well", "make sure", "don't forget": the items named go with the rest. */
const WITH_THE_REST =
  /\b(?:too|as well|aswell|also|included|including|along with|with (?:it|the rest|everything))\b|\bmake sure\b|\bdo ?n'?t forget\b|\bdo not forget\b/i;
/** "Just", "only": a part of the order after all. */
const ONLY = /\b(?:just|only)\b/i;

/** Whether `text` says the items it names go along with the rest of the order. */
export function goesWithTheRest(text: string): boolean {
  return WITH_THE_REST.test(text) && !ONLY.test(text);
}

/** "Don't forget the shoes", "do not forget the bottles": a reminder, never a no. */
const DONT_FORGET = /\b(?:do ?n['’]?t|do not|dont)\s+forget\b/i;

/** Whether `text` reminds us of something to include rather than turning the change down. */
export function remindsToInclude(text: string): boolean {
  return DONT_FORGET.test(text);
}
