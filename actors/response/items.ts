/**
 * Reads which item of an order the customer wants changed, and to what quantity, from
 * their words and the intent's entities. When either is unclear the template asks.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** Item changes for the store's `ItemsRequest`, with a sentence describing them. */
export interface ItemChanges {
  items: { sku: string; quantity: number }[];
  summary: string;
}

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
];

function mentions(text: string, name: string, sku: string): boolean {
  const t = text.toLowerCase();
  if (t.includes(sku.toLowerCase()) || t.includes(name.toLowerCase())) return true;
  // The last word of a product name is usually its noun ("bottle", "shoes").
  const noun = name.toLowerCase().split(/\s+/).pop() ?? "";
  // The noun itself, however short its stem ("shoes" of "Trail Running Shoes").
  if (noun.length >= 4 && new RegExp(`\\b${noun}\\b`).test(t)) return true;
  const stem = noun.replace(/e?s$/, "");
  return stem.length >= 4 && new RegExp(`\\b${stem}`).test(t);
}

/** A size, colour or other variant of an item: the store changes quantities, not these. */
export const VARIANT = /\b(?:sizes?|colou?rs?|shades?|widths?|variants?)\b/i;

function quantityIn(v: TurnView): number | null {
  if (
    /\b(remove|drop|delete|take (it |them )?(off|out)|don'?t want|no longer want)\b/i.test(v.text)
  ) {
    return 0;
  }
  const q = v.entities.quantities[0]?.value;
  if (typeof q === "number" && Number.isInteger(q) && q >= 0 && q <= 20) return q;
  // "change the size to 9" names a size, not a count.
  if (VARIANT.test(v.text)) return null;
  const m =
    /\b(?:to|make it|want|only|just)\s+(\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/i
      .exec(v.text);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : WORDS.indexOf(m[1].toLowerCase());
  return n >= 0 && n <= 20 ? n : null;
}

const COUNT = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)";
/** "Add 2 more", "three more", "add two": more of an item. */
const MORE = new RegExp(`\\b(?:add\\s+${COUNT}(?:\\s+more)?|${COUNT}\\s+more)\\b`, "i");
/** "Another", "one more", "an extra", "a second": one more of an item. */
const ONE_MORE = /\b(?:another|one more|an extra|an additional|a second)\b/i;
/** "One less", "remove one", "take one off": one fewer. */
const ONE_LESS = /\b(?:one (?:less|fewer)|remove one|take one (?:off|out)|drop one)\b/i;

/** How many more (or fewer) of the item the text asks for, or null when it says no change by count. */
function deltaIn(text: string): number | null {
  if (ONE_LESS.test(text)) return -1;
  const m = MORE.exec(text);
  if (m) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : WORDS.indexOf(word);
    return n > 0 ? n : null;
  }
  return ONE_MORE.test(text) ? 1 : null;
}

/** The change the customer asked for on `order`, or null when it is not clear. */
export function itemChanges(v: TurnView, order: OrderView): ItemChanges | null {
  const skus = new Set(v.entities.products.map((p) => p.sku));
  const named = order.items.filter((it) => skus.has(it.sku) || mentions(v.text, it.name, it.sku));
  if (named.length !== 1) return null;
  const item = named[0];
  // "Add another pair", "two more", "one less": relative to what the order has.
  const delta = deltaIn(v.text);
  const quantity = delta !== null ? Math.max(0, item.quantity + delta) : quantityIn(v);
  if (quantity === null || quantity > 20) return null;
  if (quantity === item.quantity) return null;
  const summary = quantity === 0
    ? `remove the ${item.name}`
    : `change the ${item.name} from ${item.quantity} to ${quantity}`;
  return { items: [{ sku: item.sku, quantity }], summary };
}
