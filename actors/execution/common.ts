/**
 * What several action handlers share: param pieces, turning a store outcome into result
 * data, and finding the parcel of an order.
 */
import { z } from "zod";
import type { ActionOutcome } from "../../shared/store_api_requests.ts";
import { StoreRefusal } from "../../shared/store_client.ts";
import type { ActionInput, HandlerOutcome, RunEnv } from "./types.ts";

/** Params of an action that takes none (unknown keys are ignored). */
export const NoParams = z.object({}).passthrough();
/** A free-text reason with a default. */
export function reasonParam(fallback: string) {
  return z.string().trim().min(1).max(500).catch(fallback);
}
/** An optional tracking number param. */
export const TrackingParam = z.string().regex(/^TRK\d{10}$/i).transform((s) => s.toUpperCase())
  .optional();
/** The expedite speed; express unless said otherwise. */
export const MethodParam = z.enum(["express", "overnight"]).default("express");

/** The facts of a store outcome worth keeping in the result (no addresses, no cards). */
export function outcome(o: ActionOutcome, orderId: string | null = null): HandlerOutcome {
  const data: Record<string, unknown> = { ledger_id: o.ledger_id, at: o.at };
  if (o.order) {
    data.order_status = o.order.status;
    data.total = o.order.total;
    data.currency = o.order.currency;
  }
  if (o.refund) {
    data.refund = {
      id: o.refund.id,
      amount: o.refund.amount,
      currency: o.refund.currency,
      expected_by: o.refund.expected_by,
    };
  }
  if (o.return_request) {
    data.return_request = {
      id: o.return_request.id,
      label_url: o.return_request.label_url,
      status: o.return_request.status,
    };
  }
  if (o.replacement) {
    data.replacement = { id: o.replacement.id, issue: o.replacement.issue, eta: o.replacement.eta };
  }
  if (o.fee) data.fee = o.fee;
  if (o.investigation) {
    data.investigation = {
      id: o.investigation.id,
      expected_resolution_at: o.investigation.expected_resolution_at,
    };
  }
  if (o.credit) {
    data.credit = { id: o.credit.id, amount: o.credit.amount, currency: o.credit.currency };
  }
  if (o.callback) {
    data.callback = { id: o.callback.id, scheduled_for: o.callback.scheduled_for };
  }
  if (o.tracking) data.tracking = { number: o.tracking.number, eta: o.tracking.eta };
  if (o.note) data.note_id = o.note.id;
  return { detail: o.detail, data, orderId: orderId ?? o.order?.id ?? null };
}

/**
 * The parcel an action is about: the tracking number given, else that of the order (from
 * the context when it has the order, else from the store, scoped to the customer).
 */
export async function parcelOf(
  input: ActionInput<{ tracking_number?: string }>,
  env: RunEnv,
): Promise<string> {
  if (input.params.tracking_number) return input.params.tracking_number;
  const id = input.orderId;
  if (!id) throw refusal("Cannot find the parcel: tell me the order number or tracking number");
  const ctx = input.context;
  const known = ctx?.order?.id === id ? ctx.order : ctx?.orders.find((o) => o.id === id);
  if (ctx?.tracking && ctx.order?.id === id) return ctx.tracking.number;
  if (known?.tracking_number) return known.tracking_number;
  const order = await env.call(
    "orders",
    (signal) => env.store.getOrder(id, { signal, customerId: input.customerId }),
  );
  if (!order) throw refusal(`Cannot find order ${id}: there is no such order`, 404);
  if (!order.tracking_number) {
    throw refusal(`Cannot find the parcel of order ${id}: it has not shipped yet`, 409);
  }
  return order.tracking_number;
}

/** A refusal made by execution itself (a rule checked before asking the store). */
export function refusal(detail: string, status = 422): StoreRefusal {
  return new StoreRefusal({ status, detail, code: "precheck" });
}
