/**
 * How much of an order a return is for, in the customer's words, once part of it is
 * already proposed: "both please", "all of it", "the whole order" send back everything;
 * "the espresso machine too", "and the frother as well" add an item to what waits. Read by
 * the intent actor (the message is a request to return more) and by the response (which
 * lines the new proposal has). Pure.
 */

/** Everything: "both", "all of it", "the whole order", "everything", "the lot". */
const WHOLE =
  /\b(?:both(?: of (?:them|those|the items))?|all of (?:it|them|those|the items|my order)|all (?:the |of the |my )?items|all (?:two|2|three|3)|(?:it|them) all|all back|the (?:whole|entire|full) (?:order|thing|lot|package|parcel)|everything|the lot|the whole lot)\b/i;

/** A part of it said outright, or everything turned down: "not both", "just one of them". */
const NOT_WHOLE =
  /(?:\bnot|n't|\bdont|\bnever)\s+(?:[\w']+\s+){0,4}?(?:both|all|everything|the whole|the entire)\b|\b(?:just|only)\s+(?:one|some|part|the)\b/i;

/** More besides what waits: "too", "as well", "also", "and the …", "it and the …". */
const ADDITIVE =
  /\b(?:too|as well|aswell|also|plus|in addition)\b|^\s*(?:and|&)\s|\b(?:it|that|this|them|those)\s+(?:and|&)\s+(?:the|my)\b/i;

/** Whether the words ask for the whole order back rather than part of it. */
export function asksForWhole(text: string): boolean {
  return WHOLE.test(text) && !NOT_WHOLE.test(text);
}

/** Whether the words add to what is already asked ("the mixer too", "and the frother"). */
export function addsToAsked(text: string): boolean {
  return ADDITIVE.test(text) && !NOT_WHOLE.test(text);
}
