/**
 * What only operators see: `/metrics` and the detailed `/health/ready` (bus address,
 * pending counts, actors, dependency checks). With METRICS_TOKEN set they need
 * `Authorization: Bearer <METRICS_TOKEN>` from everyone; without it they are served to
 * loopback clients only (a `kubectl port-forward`, a sidecar, a shell on the host), and
 * never to a request a proxy forwarded. Plain `/health` and the readiness status stay open.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { Config } from "../shared/config.ts";
import { bearer, sameSecret } from "../gateway/auth.ts";
import { clientAddress } from "./limits.ts";
import { HttpProblem } from "./problem.ts";

/** Headers a proxy adds: a request carrying one speaks for someone else. */
const FORWARDED = ["forwarded", "x-forwarded-for", "x-real-ip"];

/** What an operator check looks at. */
export interface OperatorRequest {
  /** The Authorization header, if any. */
  authorization: string | null;
  /** The socket peer's address (`local` for an in-process request). */
  address: string;
  headers: Headers;
}

/** Why a request may not see operator data, or null when it may. */
export function operatorRefusal(
  token: string | undefined,
  req: OperatorRequest,
): "no_token" | "wrong_token" | "not_local" | null {
  if (token) {
    const sent = bearer(req.authorization);
    if (!sent) return "no_token";
    return sameSecret(sent, token) ? null : "wrong_token";
  }
  const proxied = FORWARDED.some((h) => req.headers.has(h));
  return isLoopback(req.address) && !proxied ? null : "not_local";
}

/** True for a loopback peer (IPv4, IPv6, IPv4-mapped) or an in-process request. */
export function isLoopback(address: string): boolean {
  return address === "local" || address === "::1" || /^(::ffff:)?127\./.test(address);
}

/** The operator check of a Hono request. */
export function operatorRefusalOf(
  config: Pick<Config, "METRICS_TOKEN">,
  c: Context,
): ReturnType<typeof operatorRefusal> {
  return operatorRefusal(config.METRICS_TOKEN, {
    authorization: c.req.header("authorization") ?? null,
    address: clientAddress(c),
    headers: c.req.raw.headers,
  });
}

/** Lets only operators through: 401 without the right token, 403 from elsewhere. */
export function operatorsOnly(config: Pick<Config, "METRICS_TOKEN">): MiddlewareHandler {
  return async (c, next) => {
    const refusal = operatorRefusalOf(config, c);
    if (refusal === "no_token" || refusal === "wrong_token") {
      throw new HttpProblem(
        401,
        "Cannot show operations data: send the METRICS_TOKEN as a Bearer token",
        {
          headers: { "www-authenticate": 'Bearer realm="support-mesh-operations"' },
        },
      );
    }
    if (refusal === "not_local") {
      throw new HttpProblem(
        403,
        "Cannot show operations data: without METRICS_TOKEN it is served to loopback clients only",
      );
    }
    await next();
  };
}
