/**
 * Limits on starting sessions. The per-session turn limit would mean little if a new
 * session reset it, so new sessions are counted too: per client address (where the
 * per-address request and per-session turn limits count: Redis when set, else this gateway's
 * memory) and per email or shop customer id (the shared session store, so it holds across
 * gateways and addresses). Both answer 429 problem+json with Retry-After.
 */
import { createHash } from "node:crypto";
import type { GatewayServices } from "./services.ts";
import { enforceRate } from "./limits.ts";

const REFUSAL = "Cannot start a session";

/** Counts a new session from `address`; a 429 problem past RATE_LIMIT_NEW_SESSIONS_IP. */
export function limitSessionsFrom(s: GatewayServices, address: string): Promise<void> {
  return enforceRate({
    store: s.addresses,
    key: `new-sessions:ip:${address}`,
    limit: s.config.RATE_LIMIT_NEW_SESSIONS_IP,
    scope: "new-sessions-per-address",
    refusal: REFUSAL,
    metrics: s.metrics,
    log: s.log,
  });
}

/**
 * Counts a new session for one shopper (an email, or the shop's customer id); a 429
 * problem past RATE_LIMIT_NEW_SESSIONS_EMAIL.
 */
export function limitSessionsOf(s: GatewayServices, who: string): Promise<void> {
  return enforceRate({
    store: s.store,
    // Hashed: the store's key names show up in its monitoring, emails should not.
    key: `new-sessions:who:${createHash("sha256").update(who).digest("base64url").slice(0, 22)}`,
    limit: s.config.RATE_LIMIT_NEW_SESSIONS_EMAIL,
    scope: "new-sessions-per-email",
    refusal: REFUSAL,
    metrics: s.metrics,
    log: s.log,
  });
}
