/**
 * "I ordered 3 pairs of running shoes but only need two" of an order already delivered: the
 * change of items can't be made, and the return offered instead is of the units they don't
 * want — one pair — not the whole order. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { itemChanges } from "./items.ts";
import type { OrderLine } from "./return_items.ts";
import type { TurnView } from "./view.ts";
import { countWord } from "../../domain/count_words.ts";

/** The units kept, said outright: "I want to keep two", "I'll keep 1". */
const KEEP_N = /\bkeep(?:ing)?\s+(?:just\s+|only\s+)?(\d{1,2}|one|two|three|four|five)\b/i;

/**
 * The units a change of items asked of a delivered `order` gives up, as lines to return, or
 * null when it asks for no fewer of one line, or none of it left (the line's own return).
 */
export function fewerReturned(v: TurnView, order: OrderView): OrderLine[] | null {
  if (v.intent !== "modify_order") return null;
  // "Just one pair of the shoes, I want to keep two": the units kept say what goes back.
  const keep = KEEP_N.exec(v.text);
  const kept = keep ? countWord(keep[1]) : null;
  if (kept !== null && order.items.length === 1 && kept < order.items[0].quantity) {
    return [{ ...order.items[0], quantity: order.items[0].quantity - kept }];
  }
  const changes = itemChanges(v, order);
  if (!changes || changes.items.length !== 1) return null;
  const [asked] = changes.items;
  const line = order.items.find((l) => l.sku === asked.sku);
  // A line taken off whole ("remove the frother") is that line's return, said as it is.
  if (!line || asked.quantity === 0 || asked.quantity >= line.quantity) return null;
  return [{ ...line, quantity: line.quantity - asked.quantity }];
}

/** "1 of your 3 Trail Running Shoes": the units returned of the line they came from. */
export function fewerText(lines: readonly OrderLine[], order: OrderView): string {
  return lines.map((l) => {
    const of = order.items.find((o) => o.sku === l.sku)?.quantity ?? l.quantity;
    return `${l.quantity} of your ${of} ${l.name}`;
  }).join(" and ");
}
