/**
 * Look-ups of orders: the order with what can be done now, its invoice and its refunds.
 * With `X-Customer-Id`, another customer's order is refused with 403.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { OrderWithTracking } from "../shared/store_api.ts";
import { Invoice, RefundStatus } from "../shared/store_api_requests.ts";
import { checkRefund, REFUND_WINDOW_DAYS, refundable } from "./rules.ts";
import { json, param, problems, type StoreApp, type StoreDeps } from "./routing.ts";
import { addDays, money } from "./types.ts";

const ReadHeaders = z.object({
  "x-customer-id": z.string().optional().meta({
    description: "The asking customer; another customer's order is refused with 403",
  }),
});

const Include = z.object({
  include: z.enum(["tracking"]).optional().meta({
    description: "`tracking`: the order's parcel tracking too (one call instead of two)",
  }),
});

function lookup(path: string, summary: string, schema: z.ZodType, description: string) {
  return createRoute({
    method: "get",
    path,
    tags: ["orders"],
    summary,
    request: { params: param("id", "ORD-1001"), headers: ReadHeaders },
    responses: { 200: json(schema, description), ...problems(403, 404, 503) },
  });
}

/** Registers the order look-ups. */
export function registerOrderRoutes(app: StoreApp, { state, faults }: StoreDeps): void {
  const owned = (c: Context, id: string, what: string) => {
    const order = state.order(id);
    const asking = c.req.header("x-customer-id")?.trim() || null;
    state.assertOwner(order, asking, `Cannot show ${what} ${order.id}`);
    return order;
  };

  app.openapi(
    createRoute({
      method: "get",
      path: "/orders/{id}",
      tags: ["orders"],
      summary: "An order, with its parcel's tracking on request",
      request: { params: param("id", "ORD-1001"), headers: ReadHeaders, query: Include },
      responses: {
        200: json(OrderWithTracking, "The order and what can be done with it now"),
        ...problems(403, 404, 503),
      },
    }),
    async (c) => {
      const order = owned(c, c.req.valid("param").id, "order");
      const view = state.orderView(order);
      if (c.req.valid("query").include !== "tracking") return c.json(view, 200);
      const parcel = state.parcelOf(order);
      if (parcel === null) return c.json({ ...view, tracking: null, tracking_error: null }, 200);
      // The tracking part is the tracking service's: its faults apply to it alone.
      if (await faults?.failsPart("tracking")) {
        const error = `the tracking service is unavailable (injected fault)`;
        return c.json({ ...view, tracking: null, tracking_error: error }, 200);
      }
      return c.json({ ...view, tracking: state.trackingView(parcel), tracking_error: null }, 200);
    },
  );

  app.openapi(
    lookup("/orders/{id}/invoice", "An order's invoice", Invoice, "The invoice"),
    (c) => {
      const o = owned(c, c.req.valid("param").id, "the invoice of order");
      const number = `INV-${o.id.slice(4)}`;
      return c.json({
        number,
        order_id: o.id,
        issued_at: o.placed_at,
        billed_to: o.shipping_address,
        lines: o.items.map((it) => ({ ...it, line_total: money(it.price * it.quantity) })),
        subtotal: o.subtotal,
        shipping_fee: o.shipping_fee,
        total: o.total,
        currency: o.currency,
        url: `https://store.example/invoices/${number}.pdf`,
      }, 200);
    },
  );

  app.openapi(
    lookup(
      "/orders/{id}/refund",
      "An order's refunds",
      RefundStatus,
      "Refunds so far and what is left",
    ),
    (c) => {
      const o = owned(c, c.req.valid("param").id, "the refunds of order");
      const now = state.now();
      return c.json({
        order_id: o.id,
        currency: o.currency,
        paid_amount: o.paid_amount,
        refunded_amount: o.refunded_amount,
        refundable_amount: checkRefund(o, now, { parcel: state.parcelOf(o) }) === null
          ? refundable(o)
          : 0,
        refund_deadline: o.delivered_at
          ? addDays(new Date(o.delivered_at), REFUND_WINDOW_DAYS).toISOString()
          : null,
        refunds: o.refunds,
      }, 200);
    },
  );
}
