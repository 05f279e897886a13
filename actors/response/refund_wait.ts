/**
 * "It's not there yet" right after we refunded an order in this conversation: when it was
 * issued and what the wait still is, rather than the same two sentences again; and "how long
 * until I see the money" after refunds of more than one order: each of them. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import { daysSince, formatMoney, joinAnd } from "../../domain/format.ts";
import type { TurnView } from "./view.ts";

/** An order named in the message by its number. */
const NAMES_ORDER = /\bORD-?\s?\d{3,}|#\s?\d{3,}|\b\d{4}\b/i;

/** Which refunds a wait note speaks of: the one, one of several by its order, or all. */
type Which = "one" | "named" | "all";

/**
 * Each order's refund, when the message names no order (by number or goods) and more than
 * one order has one; null otherwise (the one order's refund is told as before).
 */
export function refundsTogether(v: TurnView, order: OrderView): string[] | null {
  if (NAMES_ORDER.test(v.text) || (v.entities.item_refs?.length ?? 0) > 0) return null;
  const refunded = (v.context?.orders ?? []).filter((o) => (o.refunded_amount ?? 0) > 0);
  if (refunded.length < 2 || !refunded.some((o) => o.id === order.id)) return null;
  const each = refunded.map((o) =>
    `${formatMoney(o.refunded_amount ?? 0, o.currency)} on order ${o.id}`
  );
  const doneNow = [v.done?.order_id, ...(v.done?.also ?? [])];
  const done = refunded.filter((o) => doneNow.includes(o.id));
  // Every refund told was made in the same turn of this conversation: they wait as one.
  const which: Which = done.length === refunded.length ? "all" : "named";
  return [
    `We've refunded ${joinAnd(each)}.`,
    (done.length > 0 ? refundWaitNote(v, done[0], which) : null) ??
      `A refund reaches your original payment method within ${REFUND_PROCESSING_DAYS} ` +
        "business days; if it's been longer, let me know and I'll get a colleague to look into it.",
  ];
}

/** The sentence on the wait for a refund made in this conversation, or null. */
export function refundWaitNote(
  v: TurnView,
  order: OrderView,
  which: Which = "one",
): string | null {
  const done = v.done;
  if (!done || (done.order_id !== order.id && !done.also?.includes(order.id))) return null;
  if (done.type !== "refund" && done.type !== "cancel_order") return null;
  const days = Math.max(0, daysSince(done.at, v.now));
  const when = days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  const [subject, it, isnt] = which === "all"
    ? ["They were", "they", "they aren't"]
    : [which === "named" ? `The refund on order ${order.id} was` : "It was", "it", "it isn't"];
  return `${subject} issued ${when}, so ${it} can still take up to ${REFUND_PROCESSING_DAYS} ` +
    `business days to show on your original payment method — banks often post refunds on the ` +
    `last of them. If ${isnt} there after that, tell me and a colleague will trace ${
      it === "they" ? "them" : "it"
    } with the payment provider.`;
}
