/**
 * The store's rules as the context shows them, so a reply can refuse with the rule before
 * proposing a change the store would refuse anyway. The store remains the authority.
 */
import type { OrderView, TrackingView } from "../shared/protocol.ts";
import {
  CHANGEABLE_STATUSES,
  LOST_PARCEL_DAYS,
  REFUND_WINDOW_DAYS,
  RETURN_WINDOW_DAYS,
} from "./policy.ts";
import { addDaysIso, daysSince, formatDate, formatMoney, refundable } from "./format.ts";

/** Whether a change is allowed; when not, the rule in words and what to do instead. */
export type Eligibility =
  | { ok: true }
  | {
    ok: false;
    /** Machine-readable reason, e.g. `already_shipped`. */
    code: string;
    /** The rule as one sentence for the customer. */
    rule: string;
    /** What the customer can do instead, if anything. */
    alternative: "return" | "cancel" | "refund" | "warranty" | "wait" | "investigate" | null;
  };

const OK: Eligibility = { ok: true };

function closed(order: OrderView): Eligibility | null {
  if (order.status === "cancelled") {
    return {
      ok: false,
      code: "cancelled",
      rule: `Order ${order.id} is already cancelled${moneyOfClosed(order)}.`,
      alternative: null,
    };
  }
  if (order.status === "returned" || order.status === "refunded") {
    return {
      ok: false,
      code: order.status,
      rule: `Order ${order.id} has already been ${order.status}${moneyOfClosed(order)}.`,
      alternative: null,
    };
  }
  return null;
}

/**
 * What became of the money of a closed order, told beside "already cancelled" so that a
 * shopper asking to cancel or refund it again learns whether anything is owed: nothing
 * charged (the payment failed or never came), the refund made, or none made yet.
 */
export function moneyOfClosed(order: OrderView): string {
  const refunded = order.refunded_amount ?? 0;
  if (refunded > 0) {
    return `, and ${formatMoney(refunded, order.currency)} ` +
      `${refunded + 0.005 >= order.total ? "— all of it — " : ""}went back to your original ` +
      "payment method";
  }
  if (order.payment_status === "failed") {
    return ": its payment didn't go through, so nothing was charged";
  }
  if (order.payment_status === "pending" || order.payment_status === "unpaid") {
    return ": it was never paid, so nothing was charged";
  }
  if (order.status === "returned") {
    return ", but no refund has been issued on it yet";
  }
  return "";
}

/** Whether an order can still be cancelled, re-addressed or have its items changed. */
export function canChange(order: OrderView, what: string, now: Date): Eligibility {
  const c = closed(order);
  if (c) return c;
  if (CHANGEABLE_STATUSES.includes(order.status)) return OK;
  const when = order.status === "delivered" && order.delivered_at
    ? `was delivered on ${formatDate(order.delivered_at, now)}`
    : order.shipped_at
    ? `already shipped on ${formatDate(order.shipped_at, now)}`
    : "has already shipped";
  return {
    ok: false,
    code: order.status === "delivered" ? "already_delivered" : "already_shipped",
    rule: `Order ${order.id} ${when}, and ${what} only possible until an order ships.`,
    alternative: "return",
  };
}

/** Whether a delivered order is within the return window (a lost parcel has nothing to return). */
export function canReturn(
  order: OrderView,
  now: Date,
  tracking: TrackingView | null = null,
): Eligibility {
  const c = closed(order);
  if (c) return c;
  if (parcelLost(order, tracking)) {
    return {
      ok: false,
      code: "parcel_lost",
      rule: `The carrier reports the parcel of order ${order.id} lost, so there is nothing ` +
        "to send back.",
      alternative: "refund",
    };
  }
  if (CHANGEABLE_STATUSES.includes(order.status)) {
    return {
      ok: false,
      code: "not_shipped",
      rule: `Order ${order.id} hasn't shipped yet, so there is nothing to send back.`,
      alternative: "cancel",
    };
  }
  if (order.status !== "delivered" || !order.delivered_at) {
    return {
      ok: false,
      code: "not_delivered",
      rule: `Order ${order.id} is still on its way; once it's delivered you can return it ` +
        `within ${RETURN_WINDOW_DAYS} days.`,
      alternative: "wait",
    };
  }
  if (order.return_id) {
    // The store takes one return an order: a second would be refused after the yes.
    return {
      ok: false,
      code: "return_open",
      rule: `A return for order ${order.id} is already open (${order.return_id}), and an order ` +
        "has one return: I can't add another item to it here. If you'd rather send back " +
        "something else, just ask for a colleague and they'll change the open return for you.",
      alternative: null,
    };
  }
  const age = daysSince(order.delivered_at, now);
  if (age > RETURN_WINDOW_DAYS) {
    return {
      ok: false,
      code: "return_window_passed",
      rule: `Returns are accepted within ${RETURN_WINDOW_DAYS} days of delivery, and order ` +
        `${order.id} was delivered on ${formatDate(order.delivered_at, now)}, ${age} days ago.`,
      alternative: "warranty",
    };
  }
  return OK;
}

/** True when the carrier reports the parcel of this shipped order lost. */
export function parcelLost(order: OrderView, tracking: TrackingView | null): boolean {
  return order.status === "shipped" && tracking !== null &&
    tracking.number === order.tracking_number && tracking.status === "lost";
}

/**
 * Whether an order can be refunded: a delivered one within the window, or one whose parcel
 * the carrier reports lost; once, up to what was paid.
 */
export function canRefund(
  order: OrderView,
  now: Date,
  tracking: TrackingView | null = null,
): Eligibility {
  // A returned order is still refunded (once); the store refuses only cancelled and refunded.
  const c = order.status === "returned" ? null : closed(order);
  if (c) return c;
  if (order.payment_status && order.payment_status !== "paid" && !order.refunded_amount) {
    return {
      ok: false,
      code: "not_paid",
      rule: `We haven't received a payment for order ${order.id}, so there is nothing to refund.`,
      alternative: null,
    };
  }
  if (CHANGEABLE_STATUSES.includes(order.status)) {
    return {
      ok: false,
      code: "not_shipped",
      rule: `Order ${order.id} hasn't shipped yet, so the quickest way to get your money back ` +
        "is to cancel it, which refunds it in full.",
      alternative: "cancel",
    };
  }
  // The store refuses a refund once a replacement was sent (mocks/rules.ts): never offered.
  if (order.replacement_id) {
    return {
      ok: false,
      code: "already_replaced",
      // The store cannot stop a replacement from here: a colleague can see what is possible.
      rule: `We've already sent a replacement for order ${order.id}, so it can't be refunded ` +
        "as well. If you'd rather have your money back instead, just ask for a colleague and " +
        "they'll look at what can be done.",
      alternative: null,
    };
  }
  if (parcelLost(order, tracking)) return refundedOnce(order) ?? leftToRefund(order);
  if (!["delivered", "returned"].includes(order.status) || !order.delivered_at) {
    return {
      ok: false,
      code: "not_delivered",
      rule: `Refunds are for delivered orders, and order ${order.id} is still on its way.`,
      alternative: "wait",
    };
  }
  const once = refundedOnce(order);
  if (once) return once;
  const age = daysSince(order.delivered_at, now);
  if (age > REFUND_WINDOW_DAYS) {
    return {
      ok: false,
      code: "refund_window_passed",
      rule: `Refunds are possible within ${REFUND_WINDOW_DAYS} days of delivery, and order ` +
        `${order.id} was delivered on ${formatDate(order.delivered_at, now)}, ${age} days ago.`,
      alternative: "warranty",
    };
  }
  return leftToRefund(order);
}

function leftToRefund(order: OrderView): Eligibility {
  return refundable(order) > 0 ? OK : {
    ok: false,
    code: "nothing_to_refund",
    rule: `Nothing is left to refund on order ${order.id}.`,
    alternative: null,
  };
}

function refundedOnce(order: OrderView): Extract<Eligibility, { ok: false }> | null {
  if ((order.refunded_amount ?? 0) <= 0) return null;
  return {
    ok: false,
    code: "already_refunded",
    rule: `Order ${order.id} has already been refunded ` +
      `(${
        formatMoney(order.refunded_amount ?? 0, order.currency)
      }), and an order is refunded once.`,
    alternative: null,
  };
}

/** What a replacement check knows beyond the order. */
export interface ReplaceOptions {
  /** The context's tracking (only the order's own parcel counts). */
  tracking?: TrackingView | null;
  /** True when the customer says the delivered items arrived damaged. */
  reportsDamage?: boolean;
  /** True when the customer says the wrong items came, or some are missing. */
  reportsWrong?: boolean;
}

/**
 * Whether an order can be replaced: a parcel the carrier reports lost, or delivered items
 * that arrived damaged (within the return window); paid, once, and not once refunded.
 */
export function canReplace(order: OrderView, now: Date, o: ReplaceOptions = {}): Eligibility {
  const c = closed(order);
  if (c) return c;
  if (order.replacement_id) {
    return {
      ok: false,
      code: "replacement_exists",
      rule:
        `We've already sent a replacement for order ${order.id}, and an order is replaced once.`,
      alternative: null,
    };
  }
  if (CHANGEABLE_STATUSES.includes(order.status)) {
    return {
      ok: false,
      code: "not_shipped",
      rule: `Order ${order.id} hasn't shipped yet, so there is nothing to replace.`,
      alternative: null,
    };
  }
  const once = refundedOnce(order);
  if (once) return { ...once, rule: `${once.rule.slice(0, -1)}, so it can't be replaced as well.` };
  if (order.payment_status && order.payment_status !== "paid") {
    return {
      ok: false,
      code: "not_paid",
      rule: `We haven't received a payment for order ${order.id}, so it can't be replaced.`,
      alternative: null,
    };
  }
  const tracking = o.tracking ?? null;
  if (order.status === "shipped") {
    if (parcelLost(order, tracking)) return OK;
    const quiet = tracking?.number === order.tracking_number &&
      (tracking?.days_since_last_scan ?? 0) >= LOST_PARCEL_DAYS;
    return {
      ok: false,
      code: "not_lost",
      rule:
        `A replacement is sent once the carrier confirms a parcel lost, and order ${order.id} ` +
        (quiet ? "hasn't been confirmed lost yet." : "is still on its way."),
      alternative: quiet ? "investigate" : "wait",
    };
  }
  const damaged = order.reported_issue != null || o.reportsDamage === true ||
    o.reportsWrong === true;
  if (order.status !== "delivered" || !order.delivered_at || !damaged) {
    return {
      ok: false,
      code: "not_damaged",
      rule: "A delivered order is replaced when it arrived damaged, wrong or incomplete; " +
        "otherwise it can be returned.",
      alternative: "return",
    };
  }
  const age = daysSince(order.delivered_at, now);
  if (age > RETURN_WINDOW_DAYS) {
    return {
      ok: false,
      code: "replacement_window_passed",
      rule:
        `Damaged or wrong items are replaced within ${RETURN_WINDOW_DAYS} days of delivery, and order ` +
        `${order.id} was delivered on ${formatDate(order.delivered_at, now)}, ${age} days ago.`,
      alternative: "warranty",
    };
  }
  return OK;
}

/** Whether an order can still be sped up: only before delivery, and not a lost parcel. */
export function canExpedite(
  order: OrderView,
  now: Date,
  tracking: TrackingView | null = null,
): Eligibility {
  const c = closed(order);
  if (c) return c;
  if (tracking?.status === "lost") {
    return {
      ok: false,
      code: "parcel_lost",
      rule: `The parcel of order ${order.id} is marked as lost, so it can't be sped up.`,
      alternative: null,
    };
  }
  if (tracking?.status === "out_for_delivery") {
    return {
      ok: false,
      code: "out_for_delivery",
      rule: `Order ${order.id} is already out for delivery.`,
      alternative: null,
    };
  }
  if (order.status === "delivered") {
    const on = order.delivered_at ? ` on ${formatDate(order.delivered_at, now)}` : "";
    return {
      ok: false,
      code: "already_delivered",
      rule: `Order ${order.id} was already delivered${on}.`,
      alternative: null,
    };
  }
  return OK;
}

/** The last day of the return window of a delivered order, as ISO, or null. */
export function returnDeadline(order: OrderView): string | null {
  return order.delivered_at ? addDaysIso(order.delivered_at, RETURN_WINDOW_DAYS) : null;
}
