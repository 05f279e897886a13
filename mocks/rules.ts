/**
 * The demo store's business rules as pure functions: each returns the refusal a change
 * meets (with its rule in the detail) or null when the change is allowed.
 */
import type { Fee, ShippingMethod, Tier } from "../shared/store_api.ts";
import { FX } from "./catalogue.ts";
import { Refusal } from "./problem.ts";
import {
  CALLBACK_MAX_DAYS as POLICY_CALLBACK_MAX_DAYS,
  EXPEDITE_FEES,
  FEE_WAIVED_TIERS,
  GOODWILL_CREDIT_LIMITS,
  GOODWILL_WINDOW_DAYS,
  REFUND_WINDOW_DAYS as POLICY_REFUND_WINDOW_DAYS,
  RETURN_WINDOW_DAYS as POLICY_RETURN_WINDOW_DAYS,
} from "../domain/policy.ts";
import { daysBetween, formatMoney, money, type OrderRecord, type TrackingRecord } from "./types.ts";

// The store enforces the agent's policy: its numbers come from domain/policy.ts.
/** Days after delivery in which a return is accepted. */
export const RETURN_WINDOW_DAYS: number = POLICY_RETURN_WINDOW_DAYS;
/** Days after delivery in which a refund is allowed. */
export const REFUND_WINDOW_DAYS: number = POLICY_REFUND_WINDOW_DAYS;
/** Goodwill credit a customer of each tier may receive within `CREDIT_PERIOD_DAYS`. */
export const CREDIT_LIMITS: Readonly<Record<Tier, number>> = GOODWILL_CREDIT_LIMITS;
/** The rolling period of the credit limit, in days. */
export const CREDIT_PERIOD_DAYS: number = GOODWILL_WINDOW_DAYS;
/** Expedite fees in USD (converted to the order currency); gold and vip pay none. */
export const EXPEDITE_FEES_USD: Readonly<Record<"express" | "overnight", number>> = EXPEDITE_FEES;
/** Tiers whose expedites are free. */
export const FEE_FREE_TIERS: readonly Tier[] = FEE_WAIVED_TIERS;
/** How far ahead a call back can be scheduled, in days. */
export const CALLBACK_MAX_DAYS: number = POLICY_CALLBACK_MAX_DAYS;

const SPEED: Record<ShippingMethod, number> = { standard: 0, express: 1, overnight: 2 };

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "an unknown date";
}

/** Refusal of a change that is only possible before the order ships. */
function beforeShipping(order: OrderRecord, action: string): Refusal | null {
  const why: Partial<Record<OrderRecord["status"], [string, string]>> = {
    shipped: ["already_shipped", "it has already shipped"],
    delivered: ["already_delivered", "it has already been delivered"],
    cancelled: ["cancelled", "it has been cancelled"],
    returned: ["returned", "it has been returned"],
    refunded: ["refunded", "it has been refunded"],
  };
  const hit = why[order.status];
  return hit ? Refusal.rule(409, hit[0], `${action}: ${hit[1]}`) : null;
}

/** Cancel: only before shipping. */
export function checkCancel(order: OrderRecord): Refusal | null {
  if (order.status === "cancelled") {
    return Refusal.rule(
      409,
      "already_cancelled",
      `Cannot cancel order ${order.id}: it is already cancelled`,
    );
  }
  return beforeShipping(order, `Cannot cancel order ${order.id}`);
}

/** Change the shipping address: only before shipping. */
export function checkAddress(order: OrderRecord): Refusal | null {
  return beforeShipping(order, `Cannot change the shipping address of order ${order.id}`);
}

/** Change items or quantities: only before shipping. */
export function checkItems(order: OrderRecord): Refusal | null {
  return beforeShipping(order, `Cannot change the items of order ${order.id}`);
}

function afterDelivery(order: OrderRecord, action: string): Refusal | null {
  switch (order.status) {
    case "pending":
    case "processing":
    case "shipped":
      return Refusal.rule(409, "not_delivered", `${action}: it has not been delivered yet`);
    case "cancelled":
      return Refusal.rule(409, "cancelled", `${action}: it was cancelled`);
    case "refunded":
      return Refusal.rule(409, "already_refunded", `${action}: it has already been refunded`);
    default:
      return null;
  }
}

/** Return: a delivered order, within 30 days of delivery, once. */
export function checkReturn(order: OrderRecord, now: Date): Refusal | null {
  const action = `Cannot return order ${order.id}`;
  if (order.status === "returned") {
    return Refusal.rule(409, "already_returned", `${action}: it has already been returned`);
  }
  const state = afterDelivery(order, action);
  if (state) return state;
  if (order.return_request) {
    return Refusal.rule(
      409,
      "return_exists",
      `${action}: return ${order.return_request.id} was already opened on ${
        day(order.return_request.requested_at)
      }`,
    );
  }
  const days = daysBetween(order.delivered_at ?? now, now);
  if (days > RETURN_WINDOW_DAYS) {
    return Refusal.rule(
      409,
      "return_window_closed",
      `${action}: it was delivered ${days} days ago and returns are accepted within ${RETURN_WINDOW_DAYS} days of delivery`,
    );
  }
  return null;
}

/** What a refund check may know beyond the order. */
export interface RefundCheckOptions {
  /** The amount asked for; none means all that is left. */
  amount?: number;
  /** The order's parcel: one the carrier reports lost is refundable before delivery. */
  parcel?: TrackingRecord | null;
}

/**
 * Refund: a delivered or returned order within 30 days of delivery, or a shipped order
 * whose parcel the carrier reports lost; paid, once, up to what was paid.
 */
export function checkRefund(
  order: OrderRecord,
  now: Date,
  opts: RefundCheckOptions = {},
): Refusal | null {
  const action = `Cannot refund order ${order.id}`;
  const amount = opts.amount;
  const lost = parcelLost(order, opts.parcel ?? null);
  const state = lost ? null : afterDelivery(order, action);
  if (state) return state;
  if (order.replacement) {
    return Refusal.rule(
      409,
      "already_replaced",
      `${action}: replacement ${order.replacement.id} was already sent for it`,
    );
  }
  if (order.refunded_amount > 0) {
    return Refusal.rule(
      409,
      "already_refunded",
      `${action}: it was already refunded ${
        formatMoney(order.refunded_amount, order.currency)
      } and an order is refunded only once`,
    );
  }
  if (order.payment_status !== "paid") {
    return Refusal.rule(409, "not_paid", `${action}: it has not been paid`);
  }
  const days = daysBetween(order.delivered_at ?? now, now);
  if (!lost && days > REFUND_WINDOW_DAYS) {
    return Refusal.rule(
      409,
      "refund_window_closed",
      `${action}: it was delivered ${days} days ago and refunds are allowed within ${REFUND_WINDOW_DAYS} days of delivery`,
    );
  }
  const left = refundable(order);
  if (amount !== undefined && money(amount) > left) {
    return Refusal.rule(
      422,
      "amount_too_high",
      `${action}: ${formatMoney(amount, order.currency)} is more than the ${
        formatMoney(left, order.currency)
      } paid`,
    );
  }
  return null;
}

/** What a replacement check may know beyond the order. */
export interface ReplacementCheckOptions {
  /** The order's parcel: one the carrier reports lost is replaced. */
  parcel?: TrackingRecord | null;
  /** True when the customer reports that the delivered items arrived damaged. */
  reportsDamage?: boolean;
  /** True when the customer reports the wrong items, or some missing. */
  reportsWrong?: boolean;
}

/**
 * Replacement: a shipped order whose parcel the carrier reports lost, or a delivered order
 * whose items arrived damaged (within the return window); paid, once, and never as well as
 * a refund.
 */
export function checkReplacement(
  order: OrderRecord,
  now: Date,
  opts: ReplacementCheckOptions = {},
): Refusal | null {
  const action = `Cannot send a replacement for order ${order.id}`;
  if (order.replacement) {
    return Refusal.rule(
      409,
      "replacement_exists",
      `${action}: replacement ${order.replacement.id} was already sent on ${
        day(order.replacement.created_at)
      }`,
    );
  }
  switch (order.status) {
    case "pending":
    case "processing":
      return Refusal.rule(409, "not_shipped", `${action}: it has not shipped yet`);
    case "cancelled":
      return Refusal.rule(409, "cancelled", `${action}: it was cancelled`);
    case "returned":
      return Refusal.rule(409, "returned", `${action}: it has been returned`);
    case "refunded":
      return Refusal.rule(409, "already_refunded", `${action}: it has already been refunded`);
  }
  if (order.refunded_amount > 0) {
    return Refusal.rule(
      409,
      "already_refunded",
      `${action}: it was already refunded ${formatMoney(order.refunded_amount, order.currency)}`,
    );
  }
  if (order.payment_status !== "paid") {
    return Refusal.rule(409, "not_paid", `${action}: it has not been paid`);
  }
  if (order.status === "shipped") {
    return parcelLost(order, opts.parcel ?? null) ? null : Refusal.rule(
      409,
      "not_lost",
      `${action}: it is still on its way, and a replacement is sent for a parcel the carrier reports lost`,
    );
  }
  const damaged = order.reported_issue != null || opts.reportsDamage === true ||
    opts.reportsWrong === true;
  if (!damaged) {
    return Refusal.rule(
      409,
      "not_damaged",
      `${action}: a delivered order is replaced only when it arrived damaged, wrong or incomplete; return it instead`,
    );
  }
  const days = daysBetween(order.delivered_at ?? now, now);
  if (days > RETURN_WINDOW_DAYS) {
    return Refusal.rule(
      409,
      "replacement_window_closed",
      `${action}: it was delivered ${days} days ago and damaged or wrong items are replaced within ${RETURN_WINDOW_DAYS} days of delivery`,
    );
  }
  return null;
}

/** True when the carrier reports the parcel of this shipped order lost. */
export function parcelLost(order: OrderRecord, parcel: TrackingRecord | null): boolean {
  return order.status === "shipped" && parcel !== null &&
    parcel.number === order.tracking_number && parcel.status === "lost";
}

/** What can still be refunded: paid minus already refunded. */
export function refundable(order: OrderRecord): number {
  return Math.max(0, money(order.paid_amount - order.refunded_amount));
}

/** Expedite an order: only before delivery, to a faster method than it has. */
export function checkExpedite(
  order: OrderRecord,
  method: "express" | "overnight",
  parcel: TrackingRecord | null,
): Refusal | null {
  const action = `Cannot expedite order ${order.id}`;
  if (order.status === "delivered" || order.status === "returned" || order.status === "refunded") {
    return Refusal.rule(409, "already_delivered", `${action}: it has already been delivered`);
  }
  if (order.status === "cancelled") {
    return Refusal.rule(409, "cancelled", `${action}: it has been cancelled`);
  }
  if (parcel) return checkExpediteParcel(parcel, method, action);
  if (SPEED[order.shipping_method] >= SPEED[method]) {
    return Refusal.rule(
      409,
      "already_expedited",
      `${action}: it already ships ${order.shipping_method}`,
    );
  }
  return null;
}

/** Expedite a parcel: only on its way, not lost, not already as fast. */
export function checkExpediteParcel(
  parcel: TrackingRecord,
  method: "express" | "overnight",
  action = `Cannot expedite parcel ${parcel.number}`,
): Refusal | null {
  switch (parcel.status) {
    case "delivered":
      return Refusal.rule(
        409,
        "already_delivered",
        `${action}: it was delivered on ${day(parcel.last_scan_at)}`,
      );
    case "lost":
      return Refusal.rule(
        409,
        "parcel_lost",
        `${action}: the parcel is lost; open a carrier investigation instead`,
      );
    case "out_for_delivery":
      return Refusal.rule(409, "out_for_delivery", `${action}: it is already out for delivery`);
  }
  if (SPEED[parcel.service] >= SPEED[method]) {
    return Refusal.rule(409, "already_expedited", `${action}: it already ships ${parcel.service}`);
  }
  return null;
}

/** The fee of an expedite: none for gold and vip. */
export function expediteFee(
  tier: Tier,
  method: "express" | "overnight",
  currency: "USD" | "EUR" | "GBP",
): Fee {
  const amount = money(EXPEDITE_FEES_USD[method] * FX[currency]);
  if (FEE_FREE_TIERS.includes(tier)) {
    return {
      amount: 0,
      currency,
      waived: true,
      reason: `Free ${method} shipping for ${tier} customers`,
    };
  }
  return {
    amount,
    currency,
    waived: false,
    reason: `${method[0].toUpperCase()}${method.slice(1)} shipping fee`,
  };
}

/** Carrier investigation: only for a parcel that shipped and did not arrive, once. */
export function checkInvestigation(parcel: TrackingRecord): Refusal | null {
  const action = `Cannot open a carrier investigation for parcel ${parcel.number}`;
  if (parcel.status === "label_created") {
    return Refusal.rule(409, "not_shipped", `${action}: it has not been handed to the carrier yet`);
  }
  if (parcel.status === "delivered") {
    return Refusal.rule(
      409,
      "already_delivered",
      `${action}: it was delivered on ${day(parcel.last_scan_at)}`,
    );
  }
  if (parcel.investigation?.status === "open") {
    return Refusal.rule(
      409,
      "investigation_open",
      `${action}: investigation ${parcel.investigation.id} is already open`,
    );
  }
  return null;
}

/** Goodwill credit: within the tier's limit over the last 30 days. */
export function checkCredit(o: {
  customerId: string;
  tier: Tier;
  currency: string;
  amount: number;
  issued: number;
}): Refusal | null {
  const limit = CREDIT_LIMITS[o.tier];
  if (money(o.amount + o.issued) > limit) {
    return Refusal.rule(
      422,
      "credit_limit",
      `Cannot issue a goodwill credit of ${
        formatMoney(o.amount, o.currency)
      } to ${o.customerId}: ${o.tier} customers can receive up to ${
        formatMoney(limit, o.currency)
      } in ${CREDIT_PERIOD_DAYS} days and ${formatMoney(o.issued, o.currency)} was already issued`,
    );
  }
  return null;
}
