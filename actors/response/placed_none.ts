/**
 * "Cancel yesterday's order" when none of their orders was placed then: said, with the day
 * each was placed, before asking which they mean — not the one order a change fits, as if
 * the day had not been said. Pure.
 */
import { formatDate } from "../../domain/format.ts";
import { placedOn } from "../../domain/placed_days.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** The placing days the customer's words name, when they name an order by one. */
function placedSaid(v: TurnView) {
  const e = v.entities;
  if (e.order_ids.length > 0 || (e.order_refs ?? []).length > 0) return [];
  return (e.state_refs ?? []).filter((r) => r.placed);
}

/** "ORD-3002 on November 29 and ORD-3001 on November 22", the latest first. */
function daysOf(v: TurnView, orders: readonly OrderView[]): string {
  const days = [...orders].sort((a, b) => b.placed_at.localeCompare(a.placed_at)).slice(0, 3)
    .map((o) => `${o.id} on ${formatDate(o.placed_at, v.now)}`);
  return days.length === 1
    ? days[0]
    : `${days.slice(0, -1).join(", ")} and ${days[days.length - 1]}`;
}

/** The line saying no order was placed when the customer said, or null when one was. */
export function placedInNoOrder(v: TurnView): string | null {
  const said = placedSaid(v);
  const orders = v.context?.orders ?? [];
  if (said.length === 0 || orders.length === 0) return null;
  if (said.some((r) => placedOn(orders, r.placed!).length > 0)) return null;
  return `I can't see an order of yours placed then: you placed ${daysOf(v, orders)}.`;
}

/**
 * "The order I placed 2 days ago" when two were placed about then: the day of each of those
 * asked about, so the customer can tell them apart. Null when no day was said.
 */
export function placedDaysOf(v: TurnView, candidates: readonly OrderView[]): string | null {
  if (placedSaid(v).length === 0 || candidates.length < 2) return null;
  return `You placed ${daysOf(v, candidates)}.`;
}
