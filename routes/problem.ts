/**
 * The gateway's one error handler: every error a route throws becomes an RFC 9457 problem
 * (`gateway/problems.ts`).
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { RetryableError, ValidationError } from "../shared/errors.ts";
import type { Logger } from "../shared/log.ts";
import { isBodyReadError, unreadableBody } from "./body.ts";
import { HttpProblem, problem, TITLES } from "../gateway/problems.ts";

export { HttpProblem, type Problem, problem } from "../gateway/problems.ts";

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
