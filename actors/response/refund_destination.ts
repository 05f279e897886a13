/**
 * "Can the refund go to a different card?", "as store credit instead?", "which card does it
 * go to?", "my old card expired": the store's rule — a refund goes back the way the order was
 * paid — with the way of the order in question named, and what happens when that card or
 * account is gone. Answered, never proposed: a question about where the money goes is no
 * request for a refund. Pure.
 */
import { asksRefundDestination, paidWayGone } from "../../domain/refund_destination.ts";
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import { formatDate, formatMoney } from "../../domain/format.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { refundDestination } from "./refund_facts.ts";
import { refundOrderOf } from "./refund_handoff.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The order whose refund the question is about: the one in question, or the one refunded. */
function orderOf(v: TurnView): OrderView | null {
  const c = v.context;
  if (!c) return null;
  if (c.order_lookup === "found" && c.order) return c.order;
  // "Can it go on my PayPal instead?" while a refund waits: that refund's order.
  const waiting = c.orders.find((o) => o.id === v.pending?.action.order_id);
  if (waiting) return waiting;
  return refundOrderOf(c) ?? (c.orders.length === 1 ? c.orders[0] : null);
}

/** The sentences on where a refund goes, or null when the message asks no such thing. */
export function refundDestinationLines(v: TurnView): string[] | null {
  if (!asksRefundDestination(v.text)) return null;
  const order = v.guest ? null : orderOf(v);
  const where = order ? refundDestination(order.payment_method) : null;
  const made = order?.refunds?.at(-1);
  const named = !order
    ? null
    : made
    ? `The ${formatMoney(made.amount, order.currency)} refund on order ${order.id} goes to ` +
      `${where}.`
    : `For order ${order.id}, that's ${where}.`;
  const rule = "A refund can only go back the way the order was paid — we can't send it to " +
    "another card or account, or give it as store credit or a gift card instead.";
  const gone = paidWayGone(v.text)
    ? "If that card or account has been closed or replaced, the refund normally still " +
      "reaches you: your bank passes it on to your new card or account. If your bank says " +
      "it can't, tell me and I'll pass this to a colleague."
    : null;
  // A refund already made: its own way first ("which card does it go to?"), then the rule.
  if (made && named) {
    return [named, rule, gone ?? `It should be there by ${formatDate(made.expected_by, v.now)}.`];
  }
  return [
    rule,
    ...(named ? [named] : []),
    gone ?? `It arrives within ${REFUND_PROCESSING_DAYS} business days of being issued.`,
  ];
}

/** The reply to where a refund goes, or null when the message asks no such thing. */
export function refundDestinationReply(v: TurnView, tone: Tone): Draft | null {
  const lines = refundDestinationLines(v);
  return lines ? draft("refund_destination", tone, [opener(v, tone), ...lines, closer(v)]) : null;
}
