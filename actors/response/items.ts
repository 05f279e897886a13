/**
 * Reads which item of an order the customer wants changed, and to what quantity, from
 * their words and the intent's entities. When either is unclear the template asks.
 */
import { ORDER_NAMED_BY } from "../../domain/item_words.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";
import { namesItemWord } from "../../domain/item_words.ts";
import { correctedItems } from "./items_pending.ts";
import { itemToldBefore } from "./item_told.ts";
import { COUNT_WORD_PATTERN, countWord } from "../../domain/count_words.ts";

/** Item changes for the store's `ItemsRequest`, with a sentence describing them. */
export interface ItemChanges {
  items: { sku: string; quantity: number }[];
  summary: string;
}

export function mentions(text: string, name: string, sku: string): boolean {
  const t = text.toLowerCase();
  if (t.includes(sku.toLowerCase()) || t.includes(name.toLowerCase())) return true;
  // The last word of a product name is usually its noun ("bottle", "shoes").
  const noun = name.toLowerCase().split(/\s+/).pop() ?? "";
  // The noun itself, however short its stem ("shoes" of "Trail Running Shoes").
  if (noun.length >= 4 && new RegExp(`\\b${noun}\\b`).test(t)) return true;
  const stem = noun.replace(/e?s$/, "");
  if (stem.length >= 4 && new RegExp(`\\b${stem}`).test(t)) return true;
  // A telling word of the name, or one misspelt: "the water one", "another water botle".
  return namesItemWord(t, name);
}

/**
 * A size, colour or other variant of an item: the store changes quantities, not these. A
 * number after "for a" is a size ("swap them for a 9"): a count is never said with "a".
 */
export const VARIANT =
  /\b(?:sizes?|colou?rs?|shades?|widths?|variants?|(?:for|to|into|in)\s+an?\s+\d{1,2}(?:\.5)?(?![\d.%"”])(?!\s*-?\s*(?:more|percent|days?|weeks?|hours?|mins?|minutes?|am|pm|inch\w*|in|cm)\b)|black|white|blue|red|green|gr[ae]y|pink|yellow|purple|orange|brown|navy|beige)\b/i;

/**
 * Another model of an item asked for: "to the 32 inch one", "for a 24\" one", "the bigger
 * model", "a newer version", "get the 32 inch one instead" — a product of its own to the store, never a count ("32" is no
 * number of monitors). A measure only after "to/for the": "add another 27-inch monitor" names
 * the goods they have.
 */
export const MODEL =
  /\b(?:(?:to|for|into|with)\s+(?:the|a|an)\s+\d{2}(?:\.\d)?\s*-?\s*(?:inch(?:es)?|in\b|"|”|cm)|(?:the|a|an)\s+\d{2}(?:\.\d)?\s*-?\s*(?:inch(?:es)?|in|"|”|cm)\s+(?:one|version|model)\b|(?:bigger|larger|smaller|newer|cheaper|better|upgraded|pro|premium|other|different)\s+(?:model|version|edition)s?\b)/i;

// Words and their usual misspellings ("make it tree bottles"): domain/count_words.ts.
const COUNT = `(\\d{1,2}|${COUNT_WORD_PATTERN})`;

/** The most of one item an order line can have (the store's own limit). */
export const MAX_COUNT = 20;

/** A count in digits or words, or null. */
function countOf(word: string): number | null {
  const n = countWord(word);
  return n !== null && n >= 0 && n <= MAX_COUNT ? n : null;
}

/** Takes one away: "one less", "remove one of the bottles", "one fewer". */
const ONE_LESS =
  /\b(?:one (?:less|fewer)|(?:remove|drop|take off|take out|cancel) (?:just )?(?:one|an?|a single) (?:of )?|take (?:just )?(?:one|an?|a single) (?:[a-z]+ )?(?:off|out))/i;
/**
 * Takes a count away: "take two off", "remove 2 of them", "drop three", "two fewer" — not
 * "remove 2 more" or a count in total.
 */
const N_LESS = new RegExp(
  `\\b(?:(?:remove|drop|take off|take out|take away|cancel)\\s+(?:just\\s+|only\\s+)?${COUNT}\\b` +
    `(?!\\s+(?:more|extra|in total|total|altogether)\\b)|take\\s+(?:just\\s+|only\\s+)?${COUNT}\\s+` +
    `(?:(?:of\\s+)?(?:the|them|those|these|my)\\s+)?(?:[a-z-]+\\s+){0,3}?(?:off|out|away)\\b|${COUNT}\\s+(?:less|fewer)\\b)`,
  "i",
);
/** Twice as many: "double the bottles". */
const DOUBLE = /\bdouble (?:the|my|those|these|it|them)\b/i;
/** Adds one: "another bottle", "one more", "an extra", "a second". */
const ONE_MORE = /\b(?:another|one more|an? extra|a second|an additional|add (?:a|an|one)\b)/i;
/** Adds a count: "2 more", "three extra", "add 2". */
const MORE = new RegExp(`\\b(?:${COUNT} (?:more|extra|additional)|add ${COUNT}\\b)`, "i");
/** A total: "3 in total", "four altogether". */
const TOTAL = new RegExp(`\\b${COUNT} (?:in total|total|altogether|overall)\\b`, "i");
/** Removes the item: "remove", "I don't want it any more". */
// "Take both water bottles off", "get the bottles out of my order": every one of them.
const REMOVE =
  /\b(remove|drop|delete|take (?:it |them |(?:the |my |both |all (?:the )?|those |these )?(?!one\b|a\b|an\b|\d)[a-z]+(?: [a-z]+){0,2} )?(off|out)|get (?:it|them|(?:the |my |both |all (?:the )?|those |these )?(?!one\b|a\b|an\b|\d)[a-z]+(?: [a-z]+){0,2}) out of|don'?t want|no longer want)\b/i;

/** A count alone, answering "how many?": "3", "two please". */
const BARE = new RegExp(
  `^\\s*(?:(?:ok(?:ay)?|then|so|fine|make it|make that)[\\s,]+)*(?:just |only )?${COUNT}\\s*(?:please|pls|thanks|then)?[.!]?\\s*$`,
  "i",
);
/** A count set outright: "change it to 3", "make it two" (not "just 1 more"). */
const SET_TO = new RegExp(
  `\\b(?:to|make it|want|need|only|just|make (?:the |my )?[a-z]+(?: [a-z]+)?)\\s+${COUNT}\\b` +
    // "just 1 more" adds one: no count set outright.
    "(?!\\s+(?:more|extra|additional|less|fewer)\\b)",
  "i",
);

/**
 * The quantity `text` asks for of an item the order has `current` of, or null: a count set
 * outright first ("3 in total", "change it to 1"), then one taken away or added ("one
 * less", "2 more", "another"), then the item removed, then a count named with the item.
 */
export function quantityIn(v: TurnView, text: string, current: number): number | null {
  const total = TOTAL.exec(text) ?? BARE.exec(text);
  if (total) return countOf(total[1]);
  // "Take two off" of three: one left ("remove just one" of three: two left).
  const less = N_LESS.exec(text);
  if (less) {
    const n = countOf(less[1] ?? less[2] ?? less[3]);
    if (n !== null && n >= 1) return Math.max(0, current - n);
  }
  // "change the size to 9" names a size, not a count.
  const set = VARIANT.test(text) || MODEL.test(text) ? null : SET_TO.exec(text);
  if (set) return countOf(set[1]);
  if (ONE_LESS.test(text)) return Math.max(0, current - 1);
  // "Double the water bottles": twice what it has.
  if (DOUBLE.test(text)) return Math.min(MAX_COUNT, current * 2);
  const more = MORE.exec(text);
  if (more) {
    const n = countOf(more[1] ?? more[2]);
    return n === null ? null : Math.min(20, current + n);
  }
  if (ONE_MORE.test(text)) return Math.min(20, current + 1);
  if (REMOVE.test(text)) return 0;
  const q = text === v.text ? v.entities.quantities[0]?.value : undefined;
  return typeof q === "number" && Number.isInteger(q) && q >= 0 && q <= MAX_COUNT ? q : null;
}

// An order named by what is in it ("my running shoes order"), not "the bottles from my order".
/** Words of a change of an item's count, beside an order named by its goods. */
const CHANGE_ASKED =
  /\b(?:\d+|one|two|three|four|five|more|another|extra|less|fewer|add|remove|drop|only|just)\b/i;

/**
 * The one item of `order` the customer's words name (this message's, else those of the
 * request we asked about), or null when they name none or several.
 */
export function namedItem(v: TurnView, order: OrderView): OrderView["items"][number] | null {
  const earlier = v.asked?.slot === "items" && v.asked.text ? v.asked.text : null;
  const skus = new Set(v.entities.products.map((p) => p.sku));
  const namedIn = (text: string) =>
    order.items.filter((it) => skus.has(it.sku) || mentions(text, it.name, it.sku));
  // "Add a bottle to my running shoes order": the shoes name the order, not the item.
  // "What's in the shoe order?": the shoes name the order, and no change of them is asked.
  const own = (text: string) => {
    const rest = text.replace(ORDER_NAMED_BY, " ");
    const named = rest === text ? [] : order.items.filter((it) => mentions(rest, it.name, it.sku));
    if (named.length > 0) return named;
    return rest === text || CHANGE_ASKED.test(rest) ? namedIn(text) : [];
  };
  // "Where are my shoes? also can i add another bottle to that one": the part asking the
  // change names the item; the shoes name the order the other part asks about.
  const part = changePart(v);
  // Its own words only: the products found are the whole message's.
  let named = part ? itemsOfPart(order, part) : [];
  if (named.length !== 1) named = own(v.text);
  if (named.length === 0 && earlier) named = own(earlier);
  // "Add 1 to my order" right after the water bottle's price: the bottle.
  if (named.length === 0) return itemToldBefore(v, order);
  return named.length === 1 ? named[0] : null;
}

/**
 * The change the customer asked for on `order`, or null when it is not clear. After we
 * asked which item and how many, the words of the request before count too ("add another
 * water bottle" → "3 in total").
 */
export function itemChanges(v: TurnView, order: OrderView): ItemChanges | null {
  const earlier = v.asked?.slot === "items" && v.asked.text ? v.asked.text : null;
  // "Actually make it 4", "I meant the bottles" while a change of items waits.
  const corrected = correctedItems(v, order);
  if (corrected) return corrected;
  // "Add a second pair of shoes and make the bottles 3": a change per line named.
  const several = severalChanges(v, order);
  if (several) return several;
  const item = namedItem(v, order);
  if (!item) return null;
  const part = changePart(v);
  const quantity = (part ? quantityIn(v, part, item.quantity) : null) ??
    quantityIn(v, v.text, item.quantity) ??
    (earlier ? quantityIn(v, earlier, item.quantity) : null);
  if (quantity === null || quantity === item.quantity) return null;
  const summary = quantity === 0
    ? `remove the ${item.name}`
    : `change the ${item.name} from ${item.quantity} to ${quantity}`;
  return { items: [{ sku: item.sku, quantity }], summary };
}

/** "The shoes one", "(the shoes order)": goods naming the order, not the item changed. */
const ORDER_NAMED_ONE = /\(?\b(?:the|my|this|that)\s+(?:[\w'-]+\s+){1,3}one\b\)?/gi;

/** The lines a part's own words name, the goods naming the order left out when others remain. */
function itemsOfPart(order: OrderView, part: string): OrderView["items"] {
  const rest = part.replace(ORDER_NAMED_BY, " ").replace(ORDER_NAMED_ONE, " ");
  const inRest = order.items.filter((it) => mentions(rest, it.name, it.sku));
  return inRest.length > 0 ? inRest : order.items.filter((it) => mentions(part, it.name, it.sku));
}

/** The words of the part of a message of several requests that asks to change its items. */
function changePart(v: TurnView): string | null {
  const parts = v.requests ?? [];
  if (parts.length < 2) return null;
  return parts.find((r) => r.intent === "modify_order")?.text ?? null;
}

/** Where one change of a message ends and the next begins: "and", "also", a comma. */
const PARTS = /\s*(?:[,;]|[.?!]+\s+|\band also\b|\band\b|\balso\b|\bplus\b|\bbut\b)\s*/i;
/** A line kept as it is: "I only want the shoes", "keep the shoes". */
const KEPT = /\b(?:only want|just want|only need|just need|keep|leave)\b/i;

/**
 * Changes of two lines or more in one message, each part naming one line and its count
 * ("add a second pair of shoes to 1003 and make the bottles 3"), or null.
 */
function severalChanges(v: TurnView, order: OrderView): ItemChanges | null {
  const parts = v.text.split(PARTS).filter((p) => p.trim() !== "");
  if (parts.length < 2) return null;
  const found = new Map<string, { item: OrderView["items"][number]; quantity: number }>();
  let kept = 0;
  for (const part of parts) {
    const rest = part.replace(ORDER_NAMED_BY, " ");
    const named = order.items.filter((it) => mentions(rest, it.name, it.sku));
    if (named.length !== 1) continue;
    if (KEPT.test(part) && !REMOVE.test(part)) {
      kept++;
      continue;
    }
    const quantity = quantityIn(v, part, named[0].quantity) ??
      carriedRemoval(v.text, part, named[0].quantity);
    if (quantity === null || quantity === named[0].quantity) continue;
    found.set(named[0].sku, { item: named[0], quantity });
  }
  // "Remove the water bottles. I only want the shoes": one change, the other line kept.
  if (found.size < 2 && !(found.size === 1 && kept > 0)) return null;
  const changes = [...found.values()];
  return {
    items: changes.map((c) => ({ sku: c.item.sku, quantity: c.quantity })),
    summary: changes.map((c) =>
      c.quantity === 0
        ? `remove the ${c.item.name}`
        : `change the ${c.item.name} from ${c.item.quantity} to ${c.quantity}`
    ).join(", and "),
  };
}

/** A count over the limit of one line ("make it 50 bottles"), or null. */
export function countOverLimit(v: TurnView): number | null {
  const q = v.entities.quantities.find((x) => x.value > MAX_COUNT && x.value < 1000);
  return q && Number.isInteger(q.value) ? q.value : null;
}

/** A removal's verb anywhere in the message: "remove …", "take … off". */
const REMOVAL_VERB = /\b(?:remove|drop|delete|cancel)\b|\btake\b.*\b(?:off|out)\b/i;
/** A part that starts with the goods themselves: "the shoes", "and my bottles". */
const GOODS_ONLY = /^\s*(?:(?:and|also|plus)\s+)?(?:the|my|those|these|both)\b/i;
/** One of a line, not all of it: "one of the bottles", "a bottle", "1 bottle". */
const ONE_OF = /^\s*(?:(?:and|also|plus)\s+)?(?:just\s+)?(?:one|an?|1|a single)\b/i;

/**
 * "Remove one of the bottles and the shoes", "take the shoes and one bottle off": a part with
 * no verb of its own takes the message's removal — one fewer when it says one, else all of
 * that line. Null when the message removes nothing.
 */
function carriedRemoval(text: string, part: string, current: number): number | null {
  if (!REMOVAL_VERB.test(text)) return null;
  const bare = part.replace(/^\s*(?:remove|drop|delete|cancel|take)\s+/i, "");
  if (ONE_OF.test(bare)) return Math.max(0, current - 1);
  // Goods alone ("the shoes"), never a clause of its own ("I want the shoes").
  return GOODS_ONLY.test(bare) ? 0 : null;
}
