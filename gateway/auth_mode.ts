/**
 * How shoppers get a session, said once at start. `production` (what the Dockerfile,
 * docker-compose.yml and k8s/ set) takes a customer token signed by the shop and cannot
 * start without the secret to check it; `demo` (the default of `deno task start`) hands a
 * session to anyone who types a customer's email, and says so loudly.
 */
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";

/** The warning logged at start in demo mode. */
export const DEMO_MODE_WARNING =
  "AUTH_MODE=demo: anyone who knows a customer's email gets their session — for local demos only";

/** Below this many characters an HS256 secret is guessable (256 bits as hex is 64). */
const MIN_SECRET_CHARS = 32;

/**
 * Checks the auth mode before the gateway starts: throws in production mode without a
 * CUSTOMER_TOKEN_SECRET (every session would be refused), warns in demo mode.
 */
export function announceAuthMode(
  config: Pick<Config, "AUTH_MODE" | "CUSTOMER_TOKEN_SECRET">,
  log: Logger,
): void {
  if (config.AUTH_MODE === "demo") {
    log.warn(DEMO_MODE_WARNING, {
      auth_mode: "demo",
      hint: "set AUTH_MODE=production and CUSTOMER_TOKEN_SECRET to serve real customers",
    });
    return;
  }
  const secret = config.CUSTOMER_TOKEN_SECRET ?? "";
  if (!secret) {
    throw new Error(
      "Cannot start the gateway: AUTH_MODE=production needs CUSTOMER_TOKEN_SECRET, the secret the shop signs customer tokens with (set AUTH_MODE=demo only for a local demo)",
    );
  }
  if (secret.length < MIN_SECRET_CHARS) {
    log.warn("CUSTOMER_TOKEN_SECRET is short: a guessable secret lets anyone sign tokens", {
      auth_mode: "production",
      chars: secret.length,
      recommended_min_chars: MIN_SECRET_CHARS,
    });
  }
  log.info("Auth: production (sessions need a customer token signed by the shop)", {
    auth_mode: "production",
  });
}
