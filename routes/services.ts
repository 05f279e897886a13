/**
 * The session check of shopper routes (the services themselves are `gateway/services.ts`).
 */
import type { Context } from "hono";
import type { SessionRecord } from "../shared/store/types.ts";
import { bearer } from "../gateway/auth.ts";
import { type GatewayServices, sessionFromToken } from "../gateway/services.ts";

export { type GatewayServices, pendingOf, sessionFromToken } from "../gateway/services.ts";

/** The session of a shopper request (Authorization: Bearer <token>). */
export function requireSession(
  s: GatewayServices,
  c: Context,
  opts: { withPending?: boolean } = {},
): Promise<SessionRecord> {
  return sessionFromToken(s, bearer(c.req.header("authorization")), opts);
}
