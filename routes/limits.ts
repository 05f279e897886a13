/**
 * Limits and protections: rate limits (429 with Retry-After), CORS allow-list
 * and security headers with a CSP that allows only our own scripts.
 */
import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { getConnInfo } from "hono/deno";
import type { Config } from "../shared/config.ts";
import { type Store } from "../shared/store/types.ts";
import type { Logger } from "../shared/log.ts";
import { enforceRate, LocalCounter } from "../gateway/limits.ts";

export { enforceRate, LocalCounter };
import type { GatewayMetrics } from "../gateway/metrics.ts";

/** The client's address (the socket peer; proxies are not trusted by default). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests has no socket
    return c.req.header("x-test-client") ?? "local";
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
