/**
 * Operations of the demo store: faults on demand, reset to the seeded state, the action
 * ledger and health. Not part of a real shop's API; open, like the rest of the demo store.
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import {
  FaultsState,
  FaultsUpdate,
  LedgerEntry,
  StoreHealth,
} from "../shared/store_api_requests.ts";
import { json, problems, type StoreApp } from "./routing.ts";

/** What the admin routes control. */
export interface AdminControls {
  faults: { get(): FaultsState; update(u: FaultsUpdate): FaultsState };
  reset(): void;
  ledger(): readonly LedgerEntry[];
  health(): { customers: number; orders: number; seeded_at: string; changes: number };
}

/** Registers /admin/* and /health. */
export function registerAdmin(app: StoreApp, admin: AdminControls): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/admin/faults",
      tags: ["admin"],
      summary: "The faults in force",
      responses: { 200: json(FaultsState, "Latency and error rate per service") },
    }),
    (c) => c.json(admin.faults.get(), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/admin/faults",
      tags: ["admin"],
      summary: "Set faults",
      description: "Merges latency_ms and error_rate (0…1) per service, or for `all`; " +
        "errors are 503 problem+json.",
      request: {
        body: { content: { "application/json": { schema: FaultsUpdate } }, required: true },
      },
      responses: { 200: json(FaultsState, "The faults now in force"), ...problems(400) },
    }),
    (c) => c.json(admin.faults.update(c.req.valid("json")), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/admin/reset",
      tags: ["admin"],
      summary: "Reset to the seeded state",
      description:
        "Regenerates the seeded data and clears the ledger, idempotency keys and faults.",
      responses: { 200: json(StoreHealth, "The store after the reset") },
    }),
    (c) => {
      admin.reset();
      return c.json({ status: "ok" as const, ...admin.health() }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/admin/ledger",
      tags: ["admin"],
      summary: "Every change made since the last reset, oldest first",
      request: {
        query: z.object({
          action: z.string().optional(),
          target: z.string().optional(),
          customer_id: z.string().optional(),
        }),
      },
      responses: { 200: json(z.array(LedgerEntry), "The ledger") },
    }),
    (c) => {
      const q = c.req.valid("query");
      const entries = admin.ledger().filter((e) =>
        (!q.action || e.action === q.action) && (!q.target || e.target === q.target) &&
        (!q.customer_id || e.customer_id === q.customer_id)
      );
      return c.json(entries, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["admin"],
      summary: "Alive, with the size of the data",
      responses: { 200: json(StoreHealth, "The store is up") },
    }),
    (c) => c.json({ status: "ok" as const, ...admin.health() }, 200),
  );
}
