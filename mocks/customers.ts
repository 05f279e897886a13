/**
 * Look-ups of customers: by email or id, their orders, support history and credits.
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { Customer, HistoryEntry, Order, OrderStatus } from "../shared/store_api.ts";
import { CreditsView } from "../shared/store_api_requests.ts";
import { Refusal } from "./problem.ts";
import { CREDIT_LIMITS, CREDIT_PERIOD_DAYS } from "./rules.ts";
import { json, param, problems, type StoreApp, type StoreDeps } from "./routing.ts";
import { addDays, money } from "./types.ts";

const id = param("id", "CUST-0001");
const limit = z.coerce.number().int().min(1).max(500).optional();

/** Registers the customer look-ups. */
export function registerCustomerRoutes(app: StoreApp, { state }: StoreDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/customers/by-email/{email}",
      tags: ["customers"],
      summary: "Find a customer by email",
      request: { params: param("email", "sarah.chen@example.com") },
      responses: { 200: json(Customer, "The customer"), ...problems(404, 503) },
    }),
    (c) => {
      const email = c.req.valid("param").email;
      const found = state.customerIdByEmail(email);
      if (!found) {
        const detail = `Cannot find a customer with email ${email}: no such customer exists`;
        throw new Refusal(404, "not_found", detail);
      }
      return c.json(state.customerView(state.customer(found)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/customers/{id}",
      tags: ["customers"],
      summary: "A customer",
      request: { params: id },
      responses: { 200: json(Customer, "The customer, with stats"), ...problems(404, 503) },
    }),
    (c) => c.json(state.customerView(state.customer(c.req.valid("param").id)), 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/customers/{id}/orders",
      tags: ["customers"],
      summary: "A customer's orders, newest first",
      request: { params: id, query: z.object({ status: OrderStatus.optional(), limit }) },
      responses: { 200: json(z.array(Order), "The orders"), ...problems(404, 503) },
    }),
    (c) => {
      const customer = state.customer(c.req.valid("param").id);
      const { status, limit } = c.req.valid("query");
      const orders = state.ordersOf(customer.id).filter((o) => !status || o.status === status);
      return c.json(orders.slice(0, limit ?? 100).map((o) => state.orderView(o)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/customers/{id}/history",
      tags: ["customers"],
      summary: "A customer's support history, newest first",
      request: { params: id, query: z.object({ limit }) },
      responses: { 200: json(z.array(HistoryEntry), "The history"), ...problems(404, 503) },
    }),
    (c) => {
      const customer = state.customer(c.req.valid("param").id);
      const { limit } = c.req.valid("query");
      const list = state.historyOf(customer.id).slice(0, limit ?? 50);
      return c.json(list.map(({ customer_id: _, ...h }) => h), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/customers/{id}/credits",
      tags: ["customers"],
      summary: "A customer's goodwill credits and the tier's allowance",
      request: { params: id },
      responses: { 200: json(CreditsView, "The credits"), ...problems(404, 503) },
    }),
    (c) => {
      const customer = state.customer(c.req.valid("param").id);
      const credits = state.creditsOf(customer.id).map(({ customer_id: _, ...x }) => x);
      const since = addDays(state.now(), -CREDIT_PERIOD_DAYS).toISOString();
      return c.json({
        customer_id: customer.id,
        currency: customer.currency,
        balance: money(credits.reduce((s, x) => s + x.amount, 0)),
        limit_30d: CREDIT_LIMITS[customer.tier],
        issued_30d: money(credits.filter((x) => x.at >= since).reduce((s, x) => s + x.amount, 0)),
        credits,
      }, 200);
    },
  );
}
