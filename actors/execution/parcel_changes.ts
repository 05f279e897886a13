/**
 * Changes to a parcel on its way: speed it up, or have the carrier trace it.
 */
import { z } from "zod";
import { MethodParam, outcome, parcelOf, reasonParam, TrackingParam } from "./common.ts";
import type { ActionHandler } from "./types.ts";

const Expedite = z.object({
  method: MethodParam.catch("express"),
  tracking_number: TrackingParam,
}).passthrough();

/** Asks the carrier to deliver a parcel on its way faster. */
export const expediteDelivery: ActionHandler<z.infer<typeof Expedite>> = {
  type: "expedite_delivery",
  change: true,
  order: "optional",
  params: Expedite,
  describe: (i) =>
    `Ask the carrier to deliver ${
      i.params.tracking_number ?? `the parcel of order ${i.orderId}`
    } by ${i.params.method}`,
  async run(i, env) {
    const number = await parcelOf(i, env);
    const o = await env.call("tracking", (signal) =>
      env.store.expediteTracking(number, {
        signal,
        customerId: i.customerId,
        idempotencyKey: env.idempotencyKey,
        method: i.params.method,
      }));
    return outcome(o, o.tracking?.order_id ?? i.orderId);
  },
};

const Trace = z.object({
  reason: reasonParam("Parcel not delivered"),
  tracking_number: TrackingParam,
}).passthrough();

/** Opens a carrier investigation (trace) of a late or lost parcel. */
export const carrierInvestigation: ActionHandler<z.infer<typeof Trace>> = {
  type: "carrier_investigation",
  change: true,
  order: "optional",
  params: Trace,
  describe: (i) =>
    `Open a carrier investigation for ${
      i.params.tracking_number ?? `the parcel of order ${i.orderId}`
    }`,
  async run(i, env) {
    const number = await parcelOf(i, env);
    const o = await env.call("tracking", (signal) =>
      env.store.investigation(number, {
        signal,
        customerId: i.customerId,
        idempotencyKey: env.idempotencyKey,
        reason: i.params.reason,
      }));
    return outcome(o, o.tracking?.order_id ?? i.orderId);
  },
};
