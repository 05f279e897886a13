/**
 * RFC 9457 problem details of the demo store, and `Refusal`, the error a business rule
 * throws: the app's error handler turns it into a problem+json response.
 */
import type { Problem } from "../shared/store_api_requests.ts";

/** Statuses a refusal can carry. */
export type RefusalStatus = 400 | 403 | 404 | 409 | 422 | 503;

const TITLES: Record<number, string> = {
  400: "Bad request",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict with the current state",
  415: "Unsupported media type",
  422: "Unprocessable request",
  500: "Internal error",
  503: "Service unavailable",
};

/** A request the store will not carry out; `detail` states the rule. */
export class Refusal extends Error {
  override name = "Refusal";
  /** HTTP status of the problem. */
  readonly status: RefusalStatus;
  /** Machine-readable reason, e.g. `already_shipped`. */
  readonly code: string;
  constructor(status: RefusalStatus, code: string, detail: string) {
    super(detail);
    this.status = status;
    this.code = code;
  }

  /**
   * The same refusal without an error's stack, for the rules: every order view asks each
   * rule whether a change is possible, and building an `Error` (its stack) was the store's
   * largest cost per look-up. Still `instanceof Refusal` and `instanceof Error`.
   */
  static rule(status: RefusalStatus, code: string, detail: string): Refusal {
    const r = Object.create(Refusal.prototype) as { -readonly [K in keyof Refusal]: Refusal[K] };
    r.message = detail;
    r.name = "Refusal";
    r.status = status;
    r.code = code;
    return r as Refusal;
  }
}

/** Builds a problem body. */
export function problem(o: {
  status: number;
  code: string;
  detail: string;
  instance: string;
}): Problem {
  return {
    type: `https://store.example/problems/${o.code.replaceAll("_", "-")}`,
    title: TITLES[o.status] ?? "Error",
    status: o.status,
    detail: o.detail,
    instance: o.instance,
    code: o.code,
  };
}

/** A problem+json response. */
export function problemResponse(
  o: { status: number; code: string; detail: string; instance: string },
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(problem(o)), {
    status: o.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** Refusal for an id the store does not know. */
export function notFound(what: string, id: string): Refusal {
  return new Refusal(404, "not_found", `Cannot find ${what} ${id}: no such ${what} exists`);
}
