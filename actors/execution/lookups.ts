/**
 * Look-ups: run at once, no confirmation. Order status, tracking, refund status, and the
 * label of a return that is already open (re-issuing it changes nothing the customer owns).
 */
import { z } from "zod";
import { NoParams, outcome, parcelOf, refusal, TrackingParam } from "./common.ts";
import type { ActionHandler } from "./types.ts";

/** The order's state, dates and parcel. */
export const orderStatus: ActionHandler<z.infer<typeof NoParams>> = {
  type: "order_status",
  change: false,
  order: "required",
  params: NoParams,
  describe: (i) => `Look up order ${i.orderId}`,
  async run(i, env) {
    const id = i.orderId!;
    const o = await env.call(
      "orders",
      (signal) => env.store.getOrder(id, { signal, customerId: i.customerId }),
    );
    if (!o) throw refusal(`Cannot look up order ${id}: there is no such order`, 404);
    return {
      detail: `Order ${o.id} is ${o.status}`,
      data: {
        status: o.status,
        placed_at: o.placed_at,
        eta: o.eta,
        shipped_at: o.shipped_at,
        delivered_at: o.delivered_at,
        tracking_number: o.tracking_number,
        carrier: o.carrier,
      },
      orderId: o.id,
    };
  },
};

const TrackingParams = z.object({ tracking_number: TrackingParam }).passthrough();

/** The parcel's carrier status, last scan and ETA. */
export const trackingInfo: ActionHandler<z.infer<typeof TrackingParams>> = {
  type: "tracking_info",
  change: false,
  order: "optional",
  params: TrackingParams,
  describe: (i) => `Look up the tracking of ${i.params.tracking_number ?? `order ${i.orderId}`}`,
  async run(i, env) {
    const number = await parcelOf(i, env);
    const t = await env.call(
      "tracking",
      (signal) => env.store.getTracking(number, { signal, customerId: i.customerId }),
    );
    if (!t) throw refusal(`Cannot look up parcel ${number}: there is no such parcel`, 404);
    const last = t.events.at(-1) ?? null;
    return {
      detail: `Parcel ${t.number} is ${t.status.replaceAll("_", " ")}`,
      data: {
        number: t.number,
        carrier: t.carrier,
        status: t.status,
        eta: t.eta,
        last_event: last ? { at: last.at, status: last.status, location: last.location } : null,
        days_since_last_scan: t.days_since_last_scan,
      },
      orderId: t.order_id,
    };
  },
};

/** The order's refunds and what can still be refunded. */
export const refundStatus: ActionHandler<z.infer<typeof NoParams>> = {
  type: "refund_status",
  change: false,
  order: "required",
  params: NoParams,
  describe: (i) => `Look up the refunds of order ${i.orderId}`,
  async run(i, env) {
    const id = i.orderId!;
    const r = await env.call(
      "orders",
      (signal) => env.store.getRefundStatus(id, { signal, customerId: i.customerId }),
    );
    if (!r) throw refusal(`Cannot look up the refunds of order ${id}: there is no such order`, 404);
    const detail = r.refunds.length === 0
      ? `Order ${id} has no refunds`
      : `Order ${id} was refunded ${r.refunded_amount.toFixed(2)} ${r.currency}`;
    return {
      detail,
      data: {
        refunded_amount: r.refunded_amount,
        refundable_amount: r.refundable_amount,
        currency: r.currency,
        refund_deadline: r.refund_deadline,
        refunds: r.refunds.map((x) => ({
          id: x.id,
          amount: x.amount,
          status: x.status,
          expected_by: x.expected_by,
        })),
      },
      orderId: id,
    };
  },
};

/** Re-issues the label of an open return (the store refuses when there is none). */
export const returnLabel: ActionHandler<z.infer<typeof NoParams>> = {
  type: "return_label",
  change: false,
  order: "required",
  params: NoParams,
  describe: (i) => `Send the return label of order ${i.orderId}`,
  async run(i, env) {
    const id = i.orderId!;
    const o = await env.call("orders", (signal) =>
      env.store.returnLabel(id, {
        signal,
        customerId: i.customerId,
        idempotencyKey: env.idempotencyKey,
      }));
    return outcome(o, id);
  },
};
