/**
 * The lines of an order a change switched from keeps: "I want to return the frother" then
 * "actually make it a refund instead" refunds the frother, not the whole espresso order. A
 * return or a replacement of part of an order waits with its lines; a refund asked in its place that names
 * no item of its own (nor the whole order) is for those lines. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { asksForWhole } from "../../domain/return_scope.ts";
import type { TurnView } from "./view.ts";

/** A line of an order, as the refund and return replies take it. */
type OrderLine = OrderView["items"][number];

/**
 * The lines of `order` the waiting return of part of it covers, when this message switches
 * to another change for the same order without naming items of its own; null otherwise.
 */
export function linesOfSwitchedReturn(v: TurnView, order: OrderView): OrderLine[] | null {
  const p = v.pending;
  // A replacement of part of an order waits with its lines too ("nah actually refund it").
  // A refund of part of an order waits with its lines too: "no, I want my money back" to the
  // frother's refund is still the frother's (the whole order only when asked for in words).
  const partial = p?.action.type === "return_item" || p?.action.type === "replacement" ||
    p?.action.type === "refund";
  if (!p || !partial || p.action.order_id !== order.id) return null;
  if ((v.entities.item_refs?.length ?? 0) > 0 || asksForWhole(v.text)) return null;
  const items = p.action.params.items;
  if (!Array.isArray(items) || items.length === 0) return null;
  const lines: OrderLine[] = [];
  for (const it of items) {
    const sku = typeof it?.sku === "string" ? it.sku : null;
    const line = order.items.find((l) => l.sku === sku);
    if (!line) return null;
    const quantity = typeof it.quantity === "number"
      ? Math.min(it.quantity, line.quantity)
      : line.quantity;
    lines.push({ ...line, quantity });
  }
  return lines.length > 0 && lines.length <= order.items.length ? lines : null;
}

/**
 * "Do the same for 1001" while the frother's return (or refund) waits: the message names
 * another order besides, so the waiting change is carried over as it stands — the frother's,
 * never the whole of its order.
 */
export function carriedToOther(v: TurnView, order: OrderView): boolean {
  const others = (ids: readonly string[]) => ids.some((id) => id !== order.id);
  return others(v.entities.order_ids) || others(v.alongside ?? []);
}

/** The lines the waiting return of part of `order` covers, when the message carries it on. */
export function linesCarriedOn(v: TurnView, order: OrderView): OrderLine[] | null {
  return carriedToOther(v, order) ? linesOfSwitchedReturn(v, order) : null;
}
