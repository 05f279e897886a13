/**
 * The facts a handoff about a payment shows ("I was charged twice for 2001"): the order's
 * total and whether its payment was received — what the colleague will check — rather than
 * where its parcel is. Pure.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { statusFacts } from "./order_facts.ts";
import { formatMoney, itemsText } from "../../domain/format.ts";
import type { TurnView } from "./view.ts";
import { refundHandoffFacts, refundToldWhole } from "./refund_handoff.ts";

/** The payment facts of `order` for a turn about a payment, or null for any other turn. */
export function paymentHandoffFacts(v: TurnView, order: OrderView): string[] | null {
  if (v.intent !== "payment_issue") return null;
  const total = formatMoney(order.total, order.currency);
  const state = order.payment_status === "paid"
    ? `we received one payment of ${total} for it`
    : order.payment_status === "pending"
    ? `we haven't received its payment of ${total} yet`
    : order.payment_status === "failed"
    ? `its payment of ${total} didn't go through`
    : order.payment_status === "refunded"
    ? `its payment of ${total} was refunded`
    : `its total is ${total}`;
  return [
    `Order ${order.id} (${itemsText(order)}): ${state}.`,
    "A colleague can see the payment provider's records and will check any other charge " +
    "with you.",
  ];
}

/** What a handoff shows of the order: its payment for a payment problem, else its status. */
export function handoffFacts(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null | undefined,
): string[] {
  const payment = paymentHandoffFacts(v, order);
  if (payment) return payment;
  const status = () => statusFacts(v, order, tracking ?? null);
  // A refund's handoff: the refund's record; or that none is issued, then where the order is.
  const refund = refundHandoffFacts(v, order);
  if (refund) return refundToldWhole(order) ? refund : [...refund, ...status()];
  return status();
}
