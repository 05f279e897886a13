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

/** The change the customer asked for on `order`, or null when it is not clear. */
export function itemChanges(v: TurnView, order: OrderView): ItemChanges | null {
  const skus = new Set(v.entities.products.map((p) => p.sku));
  const named = order.items.filter((it) => skus.has(it.sku) || mentions(v.text, it.name, it.sku));
  if (named.length !== 1) return null;
  const quantity = quantityIn(v);
  if (quantity === null) return null;
  const item = named[0];
  if (quantity === item.quantity) return null;
  const summary = quantity === 0
    ? `remove the ${item.name}`
    : `change the ${item.name} from ${item.quantity} to ${quantity}`;
  return { items: [{ sku: item.sku, quantity }], summary };
}
