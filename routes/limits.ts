/**
 * Limits and protections: rate limits (429 with Retry-After), CORS allow-list
 * and security headers with a CSP that allows only our own scripts.
 */
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { getConnInfo } from "hono/deno";
import type { Config } from "../shared/config.ts";
import { type Store, windowResetMs } from "../shared/store/types.ts";
import type { Logger } from "../shared/log.ts";
import { HttpProblem } from "./problem.ts";
import type { GatewayMetrics } from "./metrics.ts";

const MINUTE = 60_000;

/** The client's address (the socket peer; proxies are not trusted by default). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests has no socket
    return c.req.header("x-test-client") ?? "local";
  }
}

/**
 * Fixed-window hit counters in this process's memory. The per-address limit protects this
 * gateway, so it needs no shared store, and one hot key per busy address in the session
 * store would cost every request a read-check-write round (bench profiles).
 */
export class LocalCounter implements Pick<Store, "hit"> {
  #windows = new Map<string, { start: number; count: number }>();

  hit(key: string, windowMs: number, now = Date.now()): Promise<number> {
    const start = now - (now % windowMs);
    const w = this.#windows.get(key);
    if (w && w.start === start) {
      w.count++;
      return Promise.resolve(w.count);
    }
    if (this.#windows.size > 100_000) this.#sweep(start);
    this.#windows.set(key, { start, count: 1 });
    return Promise.resolve(1);
  }

  #sweep(current: number): void {
    for (const [k, w] of this.#windows) if (w.start !== current) this.#windows.delete(k);
  }
}

/** Counts a hit against a per-minute limit; throws a 429 problem when over it. */
export async function enforceRate(opts: {
  store: Pick<Store, "hit">;
  key: string;
  limit: number;
  scope: string;
  metrics: GatewayMetrics;
  log: Logger;
  /** What is refused, first in the detail (default "Cannot accept more requests"). */
  refusal?: string;
}): Promise<void> {
  let count: number;
  try {
    count = await opts.store.hit(`rl:${opts.key}`, MINUTE);
  } catch (err) {
    // The limiter's store is down: serve rather than refuse everyone.
    opts.log.warn("Rate limit not checked: the store is unavailable", { error: String(err) });
    return;
  }
  if (count > opts.limit) {
    opts.metrics.rateLimited.inc({ scope: opts.scope });
    const retry = Math.max(1, Math.ceil(windowResetMs(MINUTE) / 1000));
    const refused = opts.refusal ?? "Cannot accept more requests";
    throw new HttpProblem(
      429,
      `${refused}: the ${opts.scope} limit of ${opts.limit} a minute is reached; try again in ${retry} s`,
      { headers: { "retry-after": String(retry) } },
    );
  }
}

/** Per-address rate limit on API routes. */
export function addressLimit(
  config: Config,
  store: Pick<Store, "hit">,
  metrics: GatewayMetrics,
  log: Logger,
): MiddlewareHandler {
  return async (c, next) => {
    await enforceRate({
      store,
      key: `ip:${clientAddress(c)}`,
      limit: config.RATE_LIMIT_IP,
      scope: "per-address",
      metrics,
      log,
    });
    await next();
  };
}

/** CORS for the allow-listed origins only (none: same origin only). */
export function corsFor(config: Config): MiddlewareHandler {
  const allowed = new Set(config.CORS_ORIGINS);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowHeaders: ["Content-Type", "Authorization"],
    allowMethods: ["GET", "POST", "OPTIONS"],
    maxAge: 600,
  });
}

/**
 * Security headers; the CSP allows only our own scripts and the socket to ourselves, and
 * no page may be framed (the widget's frame is relaxed by `allowWidgetFraming`).
 */
export function security(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'", "ws:", "wss:"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
    },
    xFrameOptions: "DENY",
    crossOriginResourcePolicy: "cross-origin",
    crossOriginEmbedderPolicy: false,
  });
}
