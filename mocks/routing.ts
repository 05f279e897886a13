/**
 * What every route module of the demo store shares: its dependencies, OpenAPI helpers for
 * look-ups and changes, the acting customer, and how a change's outcome is built.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import type { Logger } from "../shared/log.ts";
import { ActionOutcome, type LedgerEntry, Problem } from "../shared/store_api_requests.ts";
import { Refusal } from "./problem.ts";
import type { StoreState } from "./state.ts";
import type { Faults } from "./faults.ts";

/** What the route modules need. */
export interface StoreDeps {
  state: StoreState;
  log: Logger;
  /** The token staff-only changes (tier) need in `X-Staff-Token`. */
  staffToken: string;
  /** Faults on demand, for a response that includes another service's part. */
  faults?: Faults;
}

/** The app type route modules register on. */
export type StoreApp = OpenAPIHono;

/** A JSON response of the OpenAPI document. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

const PROBLEM_TEXT: Record<number, string> = {
  400: "The request is malformed or lacks its Idempotency-Key",
  403: "The order or customer is not the acting customer's, or staff only",
  404: "No such resource",
  409: "A rule forbids the change in the current state; `detail` states it",
  422: "The request exceeds a limit; `detail` states it",
  503: "The service is unavailable (injected fault)",
};

/** Problem responses for the OpenAPI document. */
export function problems(...statuses: (keyof typeof PROBLEM_TEXT)[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        content: { "application/problem+json": { schema: Problem } },
        description: PROBLEM_TEXT[s],
      },
    ]),
  );
}

/** A path parameter. */
export function param<N extends string>(name: N, example: string) {
  return z.object({ [name]: z.string().min(1).meta({ example }) } as Record<N, z.ZodString>);
}

/** Headers of a change. */
export const ChangeHeaders = z.object({
  "idempotency-key": z.string().min(1).max(255).meta({
    description: "The same key returns the first result and changes nothing again",
  }),
  "x-customer-id": z.string().optional().meta({ description: "The acting customer" }),
});

/** The OpenAPI route of a change: JSON body, Idempotency-Key, an ActionOutcome. */
export function changeRoute<P extends z.ZodObject, B extends z.ZodType>(o: {
  path: string;
  tag: string;
  summary: string;
  description: string;
  params: P;
  body: B;
}) {
  return createRoute({
    method: "post",
    path: o.path,
    tags: [o.tag],
    summary: o.summary,
    description: o.description,
    request: {
      params: o.params,
      headers: ChangeHeaders,
      body: { content: { "application/json": { schema: o.body } }, required: true },
    },
    responses: {
      200: json(ActionOutcome, "The change was made (or had been made under the same key)"),
      ...problems(400, 403, 404, 409, 422, 503),
    },
  });
}

/** The acting customer: `customer_id` of the body, else header `X-Customer-Id`. */
export function actingCustomer(c: Context, bodyId?: string): string | null {
  const header = c.req.header("x-customer-id")?.trim() || undefined;
  if (bodyId && header && bodyId !== header) {
    throw new Refusal(
      400,
      "customer_mismatch",
      `Cannot act for two customers: the body names ${bodyId} and X-Customer-Id ${header}`,
    );
  }
  return bodyId ?? header ?? null;
}

/** The request's Idempotency-Key (the middleware has checked it is there). */
export function keyOf(c: Context): string {
  return c.req.header("idempotency-key")?.trim() ?? "";
}

/** Builds a change's outcome from its ledger entry. */
export function outcome(
  entry: LedgerEntry,
  customerId: string,
  detail: string,
  parts: Partial<
    Omit<ActionOutcome, "ledger_id" | "action" | "target" | "customer_id" | "at" | "detail">
  > = {},
): ActionOutcome {
  return {
    ledger_id: entry.id,
    action: entry.action,
    target: entry.target,
    customer_id: customerId,
    at: entry.at,
    detail,
    order: null,
    tracking: null,
    customer: null,
    refund: null,
    return_request: null,
    replacement: null,
    fee: null,
    investigation: null,
    note: null,
    credit: null,
    callback: null,
    ...parts,
  };
}
