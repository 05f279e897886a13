/**
 * A product asked about as the customer's own purchase: "the vacuum I ordered – is it in
 * stock?", "is the robot vacuum I bought still available?", "my headphones order, are they
 * in stock?". The catalogue's search for "vacuum" fits several products (or the wrong one);
 * the one they mean is the item of their own order that the words name. Pure.
 */
import type { OrderView } from "../shared/protocol.ts";
import { namesItemWord } from "./item_words.ts";

/** Words that say the goods are the customer's own purchase. */
const OWN_PURCHASE =
  /\b(?:i|we|i've|we've|i have|we have|i had|i just)\s+(?:just\s+|already\s+)?(?:ordered|bought|purchased|paid for|got)\b|\bmy\s+(?:[\w-]+\s+){0,3}(?:order|purchase)\b|\b(?:from|in|of)\s+my\s+(?:last\s+|recent\s+)?order\b/i;

/** An ordered line the message names, with the order it is in. */
export interface OwnItem {
  order_id: string;
  sku: string;
  name: string;
}

/**
 * The one line of the customer's orders that the message names as their own purchase, or
 * null: no words of owning, no line named, or lines of more than one product named (then
 * the catalogue's answer, or its question which one, stands).
 */
export function ownItemAsked(text: string, orders: readonly OrderView[]): OwnItem | null {
  if (!OWN_PURCHASE.test(text)) return null;
  const hits: OwnItem[] = [];
  for (const o of orders) {
    for (const line of o.items) {
      if (!namesItemWord(text, line.name)) continue;
      if (!hits.some((h) => h.sku === line.sku)) {
        hits.push({ order_id: o.id, sku: line.sku, name: line.name });
      }
    }
  }
  return hits.length === 1 ? hits[0] : null;
}
