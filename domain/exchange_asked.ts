/**
 * "Exchange the headphones for the studio ones", "swap my espresso machine for a different
 * model": one product of theirs asked swapped for another product (not another size or colour
 * of the same item). The store swaps nothing: the reply says what it can do instead, and the
 * product wanted is looked up so it can be named. Pure.
 */

/** "Exchange / swap / switch / trade X for (the) Y", "change it to another model". */
const EXCHANGE =
  /\b(?:exchange|swap|switch|trade|change)\b[^.?!]{0,60}?\b(?:for|to|with)\s+(?:the|a|an|some|another|other|different)\b/i;

/** Another size or colour of the same item: answered apart (`variant_swap.ts`). */
const SAME_ITEM = /\b(?:sizes?|colou?rs?|half size|\d{1,2}(?:\.5)?)\b/i;

/** "For the studio ones": the words naming the product wanted, after the exchange. */
const WANTED =
  /\b(?:exchange|swap|switch|trade|change)\b[^.?!]{0,60}?\b(?:for|to|with)\s+(?:the|a|an|some)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+?)(?:\s+(?:ones?|pair|version|model|instead|please|pls|then))*\s*(?:[.?!,]|$)/i;

/** Whether the message asks one product of theirs swapped for another product. */
export function asksOtherProduct(text: string): boolean {
  return EXCHANGE.test(text) && !SAME_ITEM.test(text);
}

/** The words naming the product wanted ("studio", "studio monitor"), or null. */
export function productWanted(text: string): string | null {
  if (!asksOtherProduct(text)) return null;
  const words = WANTED.exec(text)?.[1]?.trim() ?? "";
  return words && !/^(?:different|other|new|another|better)\b/i.test(words) ? words : null;
}
