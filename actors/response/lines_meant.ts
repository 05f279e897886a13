/**
 * The lines of an order a message about goods means: those its words name ("the frother
 * leaks"), else the one product the turn before looked up ("what's the warranty on my
 * espresso machine" → "it started leaking yesterday": the espresso machine, not the whole
 * order with its frother). Pure.
 */
import { linesNamed } from "../../domain/item_words.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** One line of an order. */
type Line = OrderView["items"][number];

/** The lines of `order` the turn's words name, or the one product talked of just before. */
export function linesMeant(v: TurnView, order: OrderView): Line[] {
  const named = linesNamed(v.text, order.items);
  if (named.length > 0) return named;
  const looked = (v.told?.products ?? []).map((s) => s.toUpperCase());
  const before = order.items.filter((l) => looked.includes(l.sku.toUpperCase()));
  return before.length === 1 ? before : [];
}
