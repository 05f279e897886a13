/**
 * Questions about a product of the catalogue — is it in stock, what does it cost, how long
 * is its warranty, how is it rated — as the context (which looks the product up) and the
 * response (which answers from it) both read them. Pure.
 */
import type { Intent } from "../shared/protocol.ts";

/** What a question about a product asks. */
export type ProductAspect = "stock" | "price" | "warranty" | "rating";

const ASPECTS: readonly [ProductAspect, RegExp][] = [
  [
    "stock",
    /\b(?:in[- ]stock|out of stock|stock|restock\w*|available|availability|sold out|have (?:any|it|them|one)|got (?:any|it|them|one)|do you (?:have|sell|carry|stock)|back in|(?:be|is|are|come|coming) back|left)\b/i,
  ],
  [
    "price",
    /\b(?:price[ds]?|pricing|cost|costs|how much|expensive|cheap|on sale|discount(?:ed)?|dollars?|bucks)\b/i,
  ],
  ["warranty", /\b(?:warrant(?:y|ies|ee)|guarantee[ed]?)\b/i],
  ["rating", /\b(?:rating|rated|reviews?|stars?|any good|worth it|recommend)\b/i],
];

/** What the text asks about a product, in the order of `ProductAspect` (empty: nothing in particular). */
export function productAspects(text: string): ProductAspect[] {
  return ASPECTS.filter(([, re]) => re.test(text)).map(([a]) => a);
}

/**
 * Intents under which a product named in the message is a question about the product, not
 * about an order it is in: a product question, a warranty or price question read as policy,
 * how to buy it, or a message the classifier could not place.
 */
export const PRODUCT_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "policy_question",
  "place_order",
  "other",
  "small_talk",
]);

/**
 * True when a message read as `intents` (its requests) with these words asks about a
 * catalogue product it names: under a product intent, or with a stock, price, warranty or
 * rating word under any request that is not about an order ("is the mixer in stock").
 */
export function asksAboutProduct(intents: readonly Intent[], text: string): boolean {
  if (intents.some((i) => i === "product_question")) return true;
  if (intents.some((i) => PRODUCT_INTENTS.has(i))) {
    return productAspects(text).length > 0 || intents.includes("place_order");
  }
  return false;
}

const PLACES: readonly [RegExp, (count: number) => number][] = [
  [/\b(?:first|1st|top)\b/i, () => 0],
  [/\b(?:second|2nd|middle)\b/i, () => 1],
  [/\b(?:third|3rd)\b/i, () => 2],
  [/\b(?:last|final|bottom)\b/i, (n) => n - 1],
];
const CHEAPEST = /\b(?:cheapest|cheaper|least expensive|less expensive|lowest price)\b/i;
const DEAREST = /\b(?:most expensive|pricier|priciest|dearest|more expensive)\b/i;
/** The most words a pick from a list has: longer messages say something else. */
const MAX_PICK_WORDS = 8;

/** Which product of the `count` we listed `text` picks by place ("the second one"), or null. */
export function placeChoice(text: string, count: number): number | null {
  if (count < 2 || text.trim().split(/\s+/).length > MAX_PICK_WORDS) return null;
  if (priceChoice(text)) return null;
  for (const [re, at] of PLACES) {
    if (!re.test(text)) continue;
    const index = at(count);
    return index >= 0 && index < count ? index : null;
  }
  return null;
}

/** A pick by price ("the cheapest one", "the pricier one"), or null. */
export function priceChoice(text: string): "cheapest" | "dearest" | null {
  if (text.trim().split(/\s+/).length > MAX_PICK_WORDS) return null;
  return CHEAPEST.test(text) ? "cheapest" : DEAREST.test(text) ? "dearest" : null;
}
