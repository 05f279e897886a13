/**
 * The lines of a return asked again while the return of part of the same order waits:
 * "both please" or "all of it" is the whole order, "the espresso machine too" the lines
 * waiting and those named (the whole order when that is all of it, or when all of it
 * waits already). Pure.
 */
import type { OrderLine } from "./return_items.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { addsToAsked, asksForWhole } from "../../domain/return_scope.ts";
import type { TurnView } from "./view.ts";

/** The skus of the return of `order` that waits (all its lines for all of it), or null. */
function waitingSkus(v: TurnView, order: OrderView): Set<string> | null {
  const p = v.pending;
  if (!p || p.action.type !== "return_item" || p.action.order_id !== order.id) return null;
  const items = p.action.params.items;
  // The whole order waits: every line of it.
  if (!Array.isArray(items)) return new Set(order.items.map((l) => l.sku));
  const skus = items.flatMap((it) =>
    typeof it === "object" && it !== null && typeof (it as { sku?: unknown }).sku === "string"
      ? [(it as { sku: string }).sku]
      : []
  );
  return new Set(skus);
}

/**
 * The lines the return is for, given those the message names alone (`lines`, null for the
 * whole order): widened by the return of part of the order that waits, when the message
 * asks for all of it or adds to it.
 */
export function widenedLines(
  v: TurnView,
  order: OrderView,
  lines: OrderLine[] | null,
): OrderLine[] | null {
  const waiting = waitingSkus(v, order);
  if (!waiting) return lines;
  if (asksForWhole(v.text)) return null;
  if (!addsToAsked(v.text)) return lines;
  const union = order.items.filter((l) => waiting.has(l.sku) || (lines ?? []).includes(l));
  return union.length === 0 || union.length === order.items.length ? null : union;
}
