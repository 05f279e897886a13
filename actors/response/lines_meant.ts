/**
 * The lines of an order a message about goods means: those its words name ("the frother
 * leaks"), else the one product the turn before looked up ("what's the warranty on my
 * espresso machine" → "it started leaking yesterday": the espresso machine, not the whole
 * order with its frother), else the goods the customer's message before named ("the milk
 * frother" → "it doesn't froth anymore"). Pure.
 */
import { linesNamed } from "../../domain/item_words.ts";
import { kept } from "./return_items.ts";
import { linesSaidBefore } from "./said_lines.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** One line of an order. */
type Line = OrderView["items"][number];

/** The lines of `order` the turn's words name, or the one product talked of just before. */
export function linesMeant(v: TurnView, order: OrderView): Line[] {
  const named = linesNamed(v.text, order.items);
  // "Replace only the frother, the machine is fine": the machine is named to be kept.
  const keeps = (v.entities?.item_refs ?? []).filter((r) => kept(v.text, r.name));
  const held = keeps.flatMap((r) => linesNamed(r.name, order.items));
  const meant = named.filter((l) => !held.includes(l));
  if (meant.length > 0) return meant;
  if (named.length > 0) return named;
  const looked = (v.told?.products ?? []).map((s) => s.toUpperCase());
  const before = order.items.filter((l) => looked.includes(l.sku.toUpperCase()));
  if (before.length === 1) return before;
  // "The milk frother" then "it doesn't froth anymore": the goods the message before named.
  return linesSaidBefore(v, order) ?? [];
}
