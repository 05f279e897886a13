/**
 * A refund told from the store's own record of it: how much, on which day, back to which way
 * of paying, and whether it has arrived or by when it will — a partial refund said to be one
 * (with its reason and what was paid), and the shipping fee answered when asked about. "Where's
 * my refund, it's been ages" is answered with the day it was issued, not a general wait. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { RefundView } from "../../shared/money_view.ts";
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import { refundWaySpeedAsked } from "../../domain/refund_way_speed.ts";
import { daysSince, formatDate, formatMoney, joinAnd } from "../../domain/format.ts";

/** "Did you refund the shipping?", "postage", "delivery fee". */
const SHIPPING_ASKED = /\b(?:shipping|postage|delivery (?:fee|cost|charge)s?|p&p)\b/i;
/** "Why only part", "less than I paid", "where's the rest": a partial refund questioned. */
const LESS_ASKED =
  /\b(?:less|only (?:part|some|half)|part of|partial|the rest|not (?:the )?(?:full|whole|all)|short|missing \d|why only)\b/i;

/** Where the money goes back to, by the way the order was paid. */
export function refundDestination(method: string | undefined): string {
  switch (method) {
    case "card":
      return "the card you paid with";
    case "paypal":
      return "your PayPal account";
    case "apple_pay":
      return "the card behind your Apple Pay";
    case "bank_transfer":
      return "the bank account you paid from";
    default:
      return "your original payment method";
  }
}

/** The day a refund was issued, as said: "today", "yesterday" or "on December 3". */
function issuedDay(r: RefundView, now: Date): string {
  const days = daysSince(r.created_at, now);
  // A day by the calendar, not by 24 hours: a refund made late yesterday was "yesterday".
  const sameDay = r.created_at.slice(0, 10) === now.toISOString().slice(0, 10);
  if (sameDay) return "today";
  if (days <= 1) return "yesterday";
  return `on ${formatDate(r.created_at, now)}`;
}

/** How the refund's sentences are told: in a handoff, a colleague is already on the way. */
export interface RefundFactsOptions {
  handoff?: boolean;
}

/**
 * The sentences on the order's refunds from the store's record, or null when the view
 * carries none (a view from before refunds were read, or none made).
 */
export function refundRecordFacts(
  text: string,
  order: OrderView,
  now: Date,
  opts: RefundFactsOptions = {},
): string[] | null {
  const refunds = order.refunds ?? [];
  if (refunds.length === 0) return null;
  const where = refundDestination(order.payment_method);
  const money = (n: number) => formatMoney(n, order.currency);
  const last = refunds[refunds.length - 1];
  const issued = refunds.length === 1
    ? `We refunded ${money(last.amount)} on order ${order.id} ${issuedDay(last, now)}, ` +
      `back to ${where}.`
    : `We've made ${refunds.length} refunds on order ${order.id}: ${
      joinAnd(refunds.map((r) => `${money(r.amount)} ${issuedDay(r, now)}`))
    }, back to ${where}.`;
  const refunded = refunds.reduce((s, r) => s + r.amount, 0);
  const paid = order.paid_amount ?? order.total;
  const partial = refunded + 0.005 < paid;
  const less = LESS_ASKED.test(text);
  const arrived = last.status === "completed" || new Date(last.expected_by) <= now;
  // "Where's the rest?" is about the amount: no offer to trace a refund that arrived.
  const offer = !opts.handoff && !(partial && less);
  const timing = arrived
    ? `It was paid out by ${formatDate(last.expected_by, now)}, so it should already show ` +
      "there." +
      (offer
        ? " If you can't find it, a colleague can trace it with the payment provider and give " +
          "you its reference — just ask."
        : "")
    : `It should be there by ${formatDate(last.expected_by, now)} — banks often post refunds ` +
      "on the last day." +
      (opts.handoff ? "" : " If it isn't there after that, tell me and a colleague will trace it.");
  const part = partial
    ? `That was a partial refund (${reasonWords(last.reason)}): ${money(refunded)} of the ` +
      `${money(paid)} paid for the order.` +
      (less && !opts.handoff
        ? " If you think more is owed, a colleague can look at it with you — just ask for one."
        : "")
    : null;
  const out = partial && less ? [issued, part!, timing] : [issued, timing, ...(part ? [part] : [])];
  if (SHIPPING_ASKED.test(text)) out.push(shippingLine(order, partial, money));
  // "It was a bank transfer, does that take longer?": no — the same days whichever way.
  if (refundWaySpeedAsked(text)) {
    out.unshift(
      `No — a refund takes no longer for the way you paid: it goes back to ${where} within ` +
        `${REFUND_PROCESSING_DAYS} business days, as every refund does.`,
    );
  }
  return out;
}

/**
 * Whether the shipping fee was in the order's refunds, when the text asks about shipping and
 * the order's amounts are known; null otherwise. For a refund told in other words (one made in
 * this conversation, `refund_wait.ts`).
 */
export function refundShippingLine(text: string, order: OrderView): string | null {
  const refunds = order.refunds ?? [];
  if (!SHIPPING_ASKED.test(text) || refunds.length === 0) return null;
  const refunded = refunds.reduce((s, r) => s + r.amount, 0);
  const partial = refunded + 0.005 < (order.paid_amount ?? order.total);
  return shippingLine(order, partial, (n) => formatMoney(n, order.currency));
}

/** Whether the shipping fee was part of the refund, from the order's own amounts. */
function shippingLine(order: OrderView, partial: boolean, money: (n: number) => string): string {
  const fee = order.shipping_fee ?? 0;
  if (fee === 0) return "The order had no shipping fee, so there was none to refund.";
  return partial
    ? `It was a refund for part of the order only, so it didn't cover the ${money(fee)} ` +
      "shipping fee."
    : `Yes — it includes the ${money(fee)} shipping fee: you got back everything you paid.`;
}

/** The store's reason, as part of a sentence: "Partial refund for a faulty item" → "for…". */
function reasonWords(reason: string): string {
  const r = reason.trim().replace(/^partial refund\s*/i, "").replace(/\.$/, "");
  return r ? r.charAt(0).toLowerCase() + r.slice(1) : "part of the order";
}
