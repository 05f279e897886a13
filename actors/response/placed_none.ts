/**
 * "Cancel yesterday's order" when none of their orders was placed then: said, with the day
 * each was placed, before asking which they mean — not the one order a change fits, as if
 * the day had not been said. Pure.
 */
import { formatDate } from "../../domain/format.ts";
import { placedOn } from "../../domain/placed_days.ts";
import type { TurnView } from "./view.ts";

/** The line saying no order was placed when the customer said, or null when one was. */
export function placedInNoOrder(v: TurnView): string | null {
  const e = v.entities;
  const said = (e.state_refs ?? []).filter((r) => r.placed);
  if (said.length === 0 || e.order_ids.length > 0 || (e.order_refs ?? []).length > 0) return null;
  const orders = v.context?.orders ?? [];
  if (orders.length === 0 || said.some((r) => placedOn(orders, r.placed!).length > 0)) return null;
  const days = [...orders].sort((a, b) => b.placed_at.localeCompare(a.placed_at)).slice(0, 3)
    .map((o) => `${o.id} on ${formatDate(o.placed_at, v.now)}`);
  const list = days.length === 1
    ? days[0]
    : `${days.slice(0, -1).join(", ")} and ${days[days.length - 1]}`;
  return `I can't see an order of yours placed then: you placed ${list}.`;
}
