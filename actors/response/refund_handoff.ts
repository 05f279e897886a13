/**
 * What a handoff's holding reply shows when the turn is about a refund ("where's my refund,
 * it's been 10 days", "I'll do a chargeback then"): the store's record of the order's refund
 * — amount, day, way and when it arrives — or that none has been issued, so the customer sees
 * we looked and the colleague starts from the facts rather than from the parcel's status.
 * Pure.
 */
import type { ContextEnrichment, OrderView } from "../../shared/protocol.ts";
import { refundRecordFacts } from "./refund_facts.ts";
import { backUnrefunded, backUnrefundedFacts } from "./returned_unrefunded.ts";
import type { TurnView } from "./view.ts";

/** Words of money coming back: a refund, a chargeback, "my money back". */
const MONEY_BACK =
  /\b(?:refund\w*|charge ?backs?|dispute\w*|money back|reimburs\w*|paid back|pay me back)\b/i;

/** Whether the refund sentences say all (no order status after them). */
export function refundToldWhole(order: OrderView): boolean {
  return (order.refunds?.length ?? 0) > 0 || backUnrefunded(order);
}

/** Whether the turn is about a refund: its intent, or its words. */
export function aboutRefund(v: Pick<TurnView, "intent" | "text">): boolean {
  return v.intent === "refund_status" || v.intent === "refund_request" ||
    MONEY_BACK.test(v.text);
}

/**
 * The refund sentences for `order` in a handoff about a refund; null for any other turn.
 * A refund on record is told from the record; a return back with us and unrefunded is said
 * to be owed; otherwise that none has been issued (the caller adds the order's status).
 */
export function refundHandoffFacts(v: TurnView, order: OrderView): string[] | null {
  if (!aboutRefund(v)) return null;
  const record = refundRecordFacts(v.text, order, v.now, { handoff: true });
  if (record) return record;
  // A return back with us, unrefunded: owed, and the colleague on the way issues it.
  if (backUnrefunded(order)) return backUnrefundedFacts(order).slice(0, 1);
  if ((order.refunded_amount ?? 0) > 0) return null;
  return [`I don't see a refund issued on order ${order.id} yet.`];
}

/**
 * The order a refund handoff is about when the message named none: the one order with a
 * refund on record or a return back with us unrefunded (that one first); null when there is
 * none or more than one — then `noRefundLine` says so or nothing is guessed.
 */
export function refundOrderOf(c: ContextEnrichment): OrderView | null {
  const owed = c.orders.filter(backUnrefunded);
  if (owed.length === 1) return owed[0];
  if (owed.length > 1) return null;
  const refunded = c.orders.filter((o) => (o.refunds?.length ?? 0) > 0);
  if (refunded.length === 1) return refunded[0];
  // Several refunded: the one still on its way, if only one is.
  const waiting = refunded.filter((o) => o.refunds!.some((r) => r.status !== "completed"));
  return waiting.length === 1 ? waiting[0] : null;
}

/** "None of your orders has a refund": said when no order has one nor is owed one. */
export function noRefundLine(c: ContextEnrichment): string | null {
  const any = c.orders.some((o) => (o.refunded_amount ?? 0) > 0 || backUnrefunded(o));
  return any || c.orders.length === 0 ? null : "I don't see a refund on any of your orders yet.";
}
