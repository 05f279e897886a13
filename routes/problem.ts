/**
 * RFC 9457 problem details: every 4xx/5xx body of the gateway.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { RetryableError, ValidationError } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";
import { isBodyReadError, unreadableBody } from "./body.ts";

/** The JSON body of a problem response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  408: "Request timeout",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
};

/** Builds a problem+json response. */
export function problem(
  status: number,
  detail: string,
  extra: Record<string, unknown> & { instance?: string; headers?: Record<string, string> } = {},
): Response {
  const { headers, ...rest } = extra;
  const body: Problem = {
    type: `https://support-mesh.dev/problems/${status}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...rest,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** An error the gateway maps to a problem response with its own status. */
export class HttpProblem extends Error {
  override name = "HttpProblem";
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, detail: string, opts: { headers?: Record<string, string> } = {}) {
    super(detail);
    this.status = status;
    this.headers = opts.headers ?? {};
  }
}

/**
 * The gateway's one error handler: maps errors to problems; logs only 5xx (and, at info,
 * bodies the client broke off, which are 400s).
 */
export function errorHandler(log: Logger) {
  return (err: Error, c: Context): Response => {
    const instance = new URL(c.req.url).pathname;
    if (err instanceof HttpProblem) {
      return problem(err.status, err.message, { instance, headers: err.headers });
    }
    if (err instanceof ValidationError) return problem(err.status, err.message, { instance });
    if (err instanceof RetryableError) {
      log.warn("Request failed on a dependency", { path: instance, error: err.message });
      const retry = String(Math.ceil((err.retryAfterMs ?? 5000) / 1000));
      return problem(503, `Cannot complete the request right now: ${err.message}`, {
        instance,
        headers: { "retry-after": retry },
      });
    }
    if (err instanceof HTTPException) {
      const status = err.status as ContentfulStatusCode;
      const detail = err.message || TITLES[status] || "Request failed";
      return problem(status, detail, { instance });
    }
    if (isBodyReadError(err)) {
      // A route that read the body itself: still the client's fault, not ours.
      const bad = unreadableBody(err, instance, log);
      return problem(bad.status, bad.message, { instance });
    }
    log.error("Request failed", { path: instance, error: `${err.name}: ${err.message}` });
    return problem(500, "Cannot handle the request: an internal error occurred", { instance });
  };
}
