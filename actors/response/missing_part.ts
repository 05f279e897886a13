/**
 * The words of a reply about a part of delivered goods that did not come ("my espresso
 * machine came without the water tank"): which item should have come complete, and the
 * replacement offered as a complete new one — never "the wrong item", which it was not.
 */
import { linesNamed } from "../../domain/item_words.ts";
import { itemsText } from "../../domain/format.ts";
import { missingPart } from "../../domain/missing_part.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";
import { linesMeant } from "./lines_meant.ts";

/**
 * The part of the order's goods the text says did not come, or null — also when the words
 * name a whole line of the order ("the frother wasn't in the box": a missing item).
 */
export function missingPartOf(text: string, order: OrderView): string | null {
  if (order.status !== "delivered") return null;
  const part = missingPart(text);
  return part && linesNamed(part, order.items).length === 0 ? part : null;
}

/** The item of the order the part belongs to: the one named, else the only one. */
function itemOf(v: TurnView, order: OrderView): string | null {
  const named = linesMeant(v, order);
  if (named.length === 1) return named[0].name;
  return order.items.length === 1 ? order.items[0].name : null;
}

/** "The Espresso Machine in order ORD-1002 should have come complete, with its water tank." */
export function partMissingSentence(v: TurnView, order: OrderView, part: string): string {
  const item = itemOf(v, order);
  return item
    ? `The ${item} in order ${order.id} should have come complete, with its ${part}.`
    : `Order ${order.id} (${itemsText(order)}) should have come complete, with the ${part}.`;
}

/** The replacement offered beside the refund for the item with a part missing. */
export function partReplacementOffer(v: TurnView, order: OrderView): string {
  const item = itemOf(v, order);
  return `If you'd rather have a complete ${item ?? "set"}, I can send a new one free of ` +
    "charge instead — just say so.";
}
