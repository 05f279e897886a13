/**
 * "How much would I get back for the frother?" then "ok refund it": the "it" is the frother
 * the message before named, not the whole espresso order. A change worded with a pronoun
 * alone, naming no goods nor the whole order, after a message that named some but not all of
 * the order's lines, is for those lines. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { linesNamed } from "../../domain/item_words.ts";
import { asksForWhole } from "../../domain/return_scope.ts";
import type { TurnView } from "./view.ts";

/** "It", "that", "that one", "this": the thing talked about, named before. */
const PRONOUN = /\b(?:it|that(?: one)?|this(?: one)?|them)\b/i;
/** Words of the order as a whole. */
const WHOLE = /\b(?:order|everything|all|both|whole|entire|ord-?\d+|\d{4})\b/i;

/** The lines of `order` the message before named, when this one's change means them. */
export function linesSaidBefore(v: TurnView, order: OrderView): OrderView["items"] | null {
  const before = v.said ?? "";
  if (before === "" || order.items.length < 2) return null;
  if (!PRONOUN.test(v.text) || WHOLE.test(v.text) || asksForWhole(v.text)) return null;
  if ((v.entities.item_refs?.length ?? 0) > 0) return null;
  // The message before was about this order (named it, or it was the one in focus).
  const other = /\bord-?\d+|\b\d{4}\b/i.exec(before);
  if (other && !before.toUpperCase().includes(order.id.replace(/^ORD-/, ""))) return null;
  const lines = linesNamed(before, order.items);
  return lines.length > 0 && lines.length < order.items.length ? lines : null;
}
