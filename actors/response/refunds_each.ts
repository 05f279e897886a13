/**
 * "Did my refund go through?" from a customer with refunds on several orders and none named:
 * each refund told in a line — its amount, where it went, when it was issued and whether it
 * has arrived — rather than "which order do you mean?" about refunds all of which the record
 * already answers. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { formatDate, formatMoney, itemsText } from "../../domain/format.ts";
import { refundDestination } from "./refund_facts.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The most orders told this way; more are asked about. */
const MAX_ORDERS = 3;

/** Whether the order's last refund has arrived, or should have by now. */
function arrivedBy(order: OrderView, now: Date): boolean {
  const refunds = order.refunds ?? [];
  const last = refunds[refunds.length - 1];
  return last.status === "completed" || new Date(last.expected_by) <= now;
}

/** One order's refund in a line. */
function refundLine(order: OrderView, now: Date): string {
  const refunds = order.refunds ?? [];
  const last = refunds[refunds.length - 1];
  const amount = formatMoney(refunds.reduce((s, r) => s + r.amount, 0), order.currency);
  const arrived = arrivedBy(order, now);
  return `On ${order.id} (${itemsText(order)}), ${amount} was refunded on ${
    formatDate(last.created_at, now)
  } to ${refundDestination(order.payment_method)} — ${
    arrived
      ? `paid out by ${formatDate(last.expected_by, now)}, so it should already show there`
      : `it's on its way and due by ${formatDate(last.expected_by, now)}`
  }.`;
}

/**
 * The reply telling the refund of each order the request may mean, or null unless every one
 * of them (two or three) has a refund on record.
 */
export function refundsEach(v: TurnView, tone: Tone, orders: readonly OrderView[]): Draft | null {
  if (v.intent !== "refund_status" || orders.length < 2 || orders.length > MAX_ORDERS) return null;
  if (!orders.every((o) => (o.refunds ?? []).length > 0)) return null;
  return draft("refunds_each", tone, [
    opener(v, tone),
    `Yes — each of your ${orders.length} refunds went through.`,
    ...orders.map((o) => refundLine(o, v.now)),
    orders.every((o) => arrivedBy(o, v.now))
      ? "If you can't find one of them, tell me which and a colleague will trace it."
      : "If one of them isn't there by its day, tell me which and a colleague will trace it.",
    closer(v),
  ]);
}
