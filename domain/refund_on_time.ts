/**
 * A refund issued and still within its days: its last refund not paid out yet and its day
 * still ahead. "Still no refund, this is a joke" about such a refund is answered from the
 * record — nothing has gone wrong a person could settle, and nothing to apologise for. Pure.
 */
import type { OrderView } from "../shared/protocol.ts";

/** Whether the order's last refund is on its way and due on a day still ahead. */
export function refundOnItsWay(order: OrderView, now: Date): boolean {
  const last = (order.refunds ?? []).at(-1);
  return !!last && last.status !== "completed" && Date.parse(last.expected_by) > now.getTime();
}

/**
 * The order a refund question is about when its refund is on time: the order named, else the
 * one order of theirs with a refund on its way; null otherwise.
 */
export function refundOnTimeOrder(
  named: OrderView | null,
  lookup: string,
  orders: readonly OrderView[],
  now: Date,
): OrderView | null {
  const candidates = lookup === "found"
    ? (named ? [named] : [])
    : lookup === "none"
    ? orders.filter((o) => refundOnItsWay(o, now))
    : [];
  return candidates.length === 1 && refundOnItsWay(candidates[0], now) ? candidates[0] : null;
}
