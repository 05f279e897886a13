/**
 * Parcels: tracking look-up, expediting an order or a parcel (before delivery, with a fee
 * unless gold or vip) and carrier investigations of parcels that shipped and did not arrive.
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Tracking } from "../shared/store_api.ts";
import { ExpediteRequest, InvestigationRequest } from "../shared/store_api_requests.ts";
import { checkExpedite, checkExpediteParcel, checkInvestigation, expediteFee } from "./rules.ts";
import { actingCustomer, changeRoute, json, keyOf, outcome, param, problems } from "./routing.ts";
import type { StoreApp, StoreDeps } from "./routing.ts";
import type { StoreState } from "./state.ts";
import { addDays, formatMoney, type OrderRecord, type TrackingRecord } from "./types.ts";

/** Days a carrier takes to answer an investigation. */
export const INVESTIGATION_DAYS = 5;

const number = param("number", "TRK8800001001");

/** Registers tracking, both expedites and the carrier investigation. */
export function registerTracking(app: StoreApp, deps: StoreDeps): void {
  const { state } = deps;
  app.openapi(
    createRoute({
      method: "get",
      path: "/tracking/{number}",
      tags: ["tracking"],
      summary: "A parcel's tracking",
      request: {
        params: number,
        headers: z.object({ "x-customer-id": z.string().optional() }),
      },
      responses: {
        200: json(Tracking, "The parcel, newest scan last"),
        ...problems(403, 404, 503),
      },
    }),
    (c) => {
      const parcel = state.parcel(c.req.valid("param").number);
      const asking = c.req.header("x-customer-id")?.trim() || null;
      state.assertOwner(
        state.order(parcel.order_id),
        asking,
        `Cannot show parcel ${parcel.number}`,
      );
      return c.json(state.trackingView(parcel), 200);
    },
  );

  app.openapi(
    changeRoute({
      path: "/orders/{id}/expedite",
      tag: "orders",
      summary: "Expedite an order",
      description: "Only before delivery; a fee unless the customer is gold or vip.",
      params: param("id", "ORD-1001"),
      body: ExpediteRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const order = state.order(c.req.valid("param").id);
      state.assertOwner(
        order,
        actingCustomer(c, body.customer_id),
        `Cannot expedite order ${order.id}`,
      );
      const parcel = state.parcelOf(order);
      const refused = checkExpedite(order, body.method, parcel);
      if (refused) throw refused;
      return c.json(
        expedite(state, { order, parcel, method: body.method, key: keyOf(c), target: order.id }),
        200,
      );
    },
  );

  app.openapi(
    changeRoute({
      path: "/tracking/{number}/expedite",
      tag: "tracking",
      summary: "Expedite a parcel",
      description:
        "A parcel on its way (not delivered, lost or out for delivery); a fee unless gold or vip.",
      params: number,
      body: ExpediteRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const parcel = state.parcel(c.req.valid("param").number);
      const order = state.order(parcel.order_id);
      state.assertOwner(
        order,
        actingCustomer(c, body.customer_id),
        `Cannot expedite parcel ${parcel.number}`,
      );
      const refused = checkExpediteParcel(parcel, body.method);
      if (refused) throw refused;
      return c.json(
        expedite(state, {
          order,
          parcel,
          method: body.method,
          key: keyOf(c),
          target: parcel.number,
        }),
        200,
      );
    },
  );

  app.openapi(
    changeRoute({
      path: "/tracking/{number}/investigation",
      tag: "tracking",
      summary: "Open a carrier investigation",
      description:
        "A trace of a parcel that shipped and has not arrived (in transit, held or lost), once.",
      params: number,
      body: InvestigationRequest,
    }),
    (c) => {
      const body = c.req.valid("json");
      const parcel = state.parcel(c.req.valid("param").number);
      const order = state.order(parcel.order_id);
      const action = `Cannot open a carrier investigation for parcel ${parcel.number}`;
      state.assertOwner(order, actingCustomer(c, body.customer_id), action);
      const refused = checkInvestigation(parcel);
      if (refused) throw refused;
      const now = state.now();
      const investigation = {
        id: state.nextId("INV"),
        opened_at: now.toISOString(),
        status: "open" as const,
        reason: body.reason ??
          (parcel.status === "lost" ? "Parcel lost in transit" : "Parcel delayed"),
        expected_resolution_at: addDays(now, INVESTIGATION_DAYS).toISOString(),
      };
      parcel.investigation = investigation;
      const entry = state.commit({
        action: "carrier_investigation",
        target: parcel.number,
        customerId: order.customer_id,
        idempotencyKey: keyOf(c),
        details: {
          investigation_id: investigation.id,
          order_id: order.id,
          reason: investigation.reason,
        },
        history: {
          kind: "investigation",
          summary: `Opened carrier investigation ${investigation.id} for ${order.id}`,
          order_id: order.id,
        },
      });
      const detail =
        `Carrier investigation ${investigation.id} for parcel ${parcel.number} is open; ` +
        `${parcel.carrier} answers by ${investigation.expected_resolution_at.slice(0, 10)}`;
      return c.json(
        outcome(entry, order.customer_id, detail, {
          tracking: state.trackingView(parcel),
          investigation,
        }),
        200,
      );
    },
  );
}

function expedite(
  state: StoreState,
  o: {
    order: OrderRecord;
    parcel: TrackingRecord | null;
    method: "express" | "overnight";
    key: string;
    target: string;
  },
) {
  const { order, parcel, method } = o;
  const customer = state.customer(order.customer_id);
  const fee = expediteFee(customer.tier, method, order.currency);
  const now = state.now();
  const by = addDays(now, method === "overnight" ? 1 : 2);
  const eta = order.eta && new Date(order.eta) < by ? order.eta : by.toISOString();
  order.shipping_method = method;
  order.expedited = true;
  order.eta = eta;
  order.updated_at = now.toISOString();
  if (parcel) {
    parcel.service = method;
    parcel.expedited = true;
    parcel.eta = eta;
  }
  const entry = state.commit({
    action: parcel && o.target === parcel.number ? "expedite_tracking" : "expedite_order",
    target: o.target,
    customerId: order.customer_id,
    idempotencyKey: o.key,
    details: {
      order_id: order.id,
      method,
      fee: fee.amount,
      currency: fee.currency,
      waived: fee.waived,
    },
    history: {
      kind: "expedite",
      summary: `Upgraded ${order.id} to ${method} shipping`,
      order_id: order.id,
    },
  });
  const charge = fee.waived
    ? `no fee for ${customer.tier} customers`
    : `a fee of ${formatMoney(fee.amount, fee.currency)} is charged to the ${
      order.payment_method.replace("_", " ")
    }`;
  const detail = `Order ${order.id} now ships ${method} and should arrive by ${
    eta.slice(0, 10)
  }; ${charge}`;
  return outcome(entry, order.customer_id, detail, {
    order: state.orderView(order),
    tracking: parcel ? state.trackingView(parcel) : null,
    fee,
  });
}
