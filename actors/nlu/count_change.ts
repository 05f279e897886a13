/**
 * A count of goods changed, in the shapes the classifier reads unsurely: "make it tree
 * bottles on 1003" (a count misspelt), "one less water bottle pls on my processing order",
 * "can I double the water bottles on 1003", "set the water bottles to zero", "i want just
 * one bottle not two", "i only need 1 water bottle". Only an order has a count to change,
 * so these are a change of its items, not a purchase or a product question. Pure.
 */
import { COUNT_WORD_PATTERN } from "../../domain/count_words.ts";
import { STREET } from "../../domain/address.ts";

const N = String.raw`(?:\d{1,2}|${COUNT_WORD_PATTERN})`;

/** The shapes: each sets or moves a count of goods named. */
const SHAPES: readonly RegExp[] = [
  // "make it tree bottles", "make that 4 mugs", "change it to 3 bottles".
  new RegExp(String.raw`\b(?:make|change|set|update) (?:it|that|them)(?: to)? ${N} [a-z]{3,}`, "i"),
  // "one less water bottle", "two fewer mugs".
  new RegExp(String.raw`\b${N} (?:less|fewer) [a-z]{3,}`, "i"),
  // "double the water bottles", "double my bottles".
  /\bdouble (?:the|my|those|these) [a-z]{3,}/i,
  // "set the water bottles to zero", "change the bottles to 1".
  new RegExp(
    String
      .raw`\b(?:set|change|make|put|update|bring|drop|reduce|cut|lower|raise|increase) (?:the |my )?(?:[a-z]+ ){0,2}?[a-z]{3,} (?:to|down to|up to) ${N}\b(?! (?:days?|weeks?|am|pm)\b)`,
    "i",
  ),
  // "just one bottle not two", "only 1 water bottle instead of 2".
  new RegExp(
    String
      .raw`\b(?:just|only)(?: (?:want|need))? ${N} (?:of (?:them|those|these)|[a-z]{3,}(?: [a-z]+)?),? (?:not|instead of|rather than) ${N}\b`,
    "i",
  ),
  // "i only need 1 water bottle", "i just want two bottles" of an order.
  new RegExp(
    String.raw`\bi (?:only|just) (?:need|want) ${N} [a-z]{3,}.*\b(?:order|in it|not|instead)\b`,
    "i",
  ),
  // "can i have 3 water bottles on 1003 instead of 2": a count against the one they have.
  new RegExp(
    String
      .raw`\b(?:have|get|want|need) ${N} [a-z]{3,}(?: [a-z0-9#-]+){0,4}? (?:instead of|rather than) ${N}\b`,
    "i",
  ),
  // "i only need 1 water bottle" said as all there is to say: "only" measures it against the
  // count they have (a shopper asking before buying asks: "do you sell them singly?").
  new RegExp(
    String
      .raw`^\s*(?:(?:oh|ok(?:ay)?|actually|hi|hey|sorry)[\s,.!]+)*i (?:only|just|really only) (?:need|want|wanted|needed) ${N} (?:[a-z]{3,} ){0,2}[a-z]{3,}(?:[\s,]+(?:please|pls|thanks|thx|actually|then))*\s*[.!]*\s*$`,
    "i",
  ),
];

/** Whether the message changes how many of its goods an order has. */
export function changesCount(text: string): boolean {
  // "Change the address to 5 Elm Rd": a number of a street, not a count.
  if (/\b(?:address|street|road|avenue)\b/i.test(text) || STREET.test(text)) return false;
  return SHAPES.some((re) => re.test(text));
}
