/**
 * An order the store shows as returned — the goods are back with us — with nothing refunded
 * on it: "I returned it weeks ago, where's my money?". The return is no longer "open, the
 * refund comes once the parcel is back": it is back, and the refund is late. The reply says
 * so plainly and offers a colleague who can issue it (proposed as `escalate_supervisor`, for
 * a yes); the bot can't refund a returned order itself, and never says "if you'd like one".
 * Pure.
 */
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import type { OrderView } from "../../shared/protocol.ts";

/** Whether the order's goods are back with the store and nothing has been refunded on it. */
export function backUnrefunded(order: OrderView): boolean {
  return order.status === "returned" && (order.refunded_amount ?? 0) <= 0 &&
    order.payment_status !== "refunded";
}

/** What the order shows, and who can put it right. */
export function backUnrefundedFacts(order: OrderView): string[] {
  const ret = order.return_id ? `your return ${order.return_id}` : "the items you returned";
  return [
    `Order ${order.id} shows ${ret} as received back with us, but no refund has been issued ` +
    `on it yet — and it should have been. I'm sorry about that.`,
    "I can pass this to a colleague who will issue it; it then reaches your original payment " +
    `method within ${REFUND_PROCESSING_DAYS} business days.`,
  ];
}
