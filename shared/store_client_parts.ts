/**
 * The store client's options, its refusal error and how it reads the store's problems
 * (used by `store_client.ts`).
 */
import { z } from "zod";
import { PermanentError } from "./errors.ts";
import type { Logger } from "./log.ts";
import { Problem } from "./store_api_requests.ts";

const ProblemFields = Problem.partial();

/** A change the store refused (a 4xx): permanent, with the rule in `detail`. */
export class StoreRefusal extends PermanentError {
  override name = "StoreRefusal";
  /** HTTP status: 400, 403, 404, 409 or 422. */
  readonly status: number;
  /** The store's sentence stating the rule, e.g. "Cannot cancel order ORD-1001: it has already shipped". */
  readonly detail: string;
  /** Machine-readable reason, e.g. `already_shipped`, when the store gives one. */
  readonly code: string | null;
  /** The problem's title. */
  readonly title: string;
  constructor(
    problem: { status: number; detail: string; title?: string; code?: string | null },
    options?: { cause?: unknown },
  ) {
    super(problem.detail, options);
    this.status = problem.status;
    this.detail = problem.detail;
    this.title = problem.title ?? "Refused";
    this.code = problem.code ?? null;
  }
}

/** Options of `StoreClient`. */
export interface StoreClientOptions {
  /** The store's base URL, e.g. `http://127.0.0.1:8100`. */
  baseUrl: string;
  /** Deadline of each call in ms (default 1500). */
  timeoutMs?: number;
  /** The fetch to use (tests, instrumentation); default the global one. */
  fetch?: typeof fetch;
  log?: Logger;
  /** Staff token for staff-only changes (tier). */
  staffToken?: string;
}

/** Per-call options of every method. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of every change: who acts, and the key that makes a repeat harmless. */
export interface ChangeOptions extends CallOptions {
  /** The acting customer; the store refuses with 403 when the order is not theirs. */
  customerId: string;
  /** Same key, same result: a repeat changes nothing again. */
  idempotencyKey: string;
}

/** One request of the client: method, path, body and how to read the answer. */
export interface RequestSpec<T> {
  method: "GET" | "POST";
  path: string;
  schema: z.ZodType<T>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The problem details of a refusal, or a plain one when the body is not JSON. */
export function readProblem(text: string, status: number) {
  try {
    const p = ProblemFields.parse(JSON.parse(text));
    return {
      status,
      detail: p.detail ?? p.title ?? `the store answered ${status}`,
      title: p.title,
      code: p.code ?? null,
    };
  } catch {
    return { status, detail: `the store answered ${status}`, code: null };
  }
}

/** A Retry-After header in ms, when it is a number of seconds. */
export function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const s = Number(header);
  return Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}
