/**
 * Who is asking: signed session tokens for shoppers, the shop's customer tokens in
 * production mode, and the bearer token of human agents.
 */
import { sign, verify } from "hono/jwt";
import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Config } from "../shared/config.ts";
import { HttpProblem } from "./problems.ts";

/** Claims of our session token. */
const SessionClaims = z.object({
  sid: z.string().min(1),
  typ: z.literal("session"),
  exp: z.number(),
});

/** Claims the shop puts in a customer token (production mode). */
export const CustomerClaims = z.object({
  email: z.string().email().optional(),
  customer_id: z.string().optional(),
  exp: z.number(),
}).refine((c) => c.email || c.customer_id, "needs email or customer_id");
export type CustomerClaims = z.infer<typeof CustomerClaims>;

/** Issues and checks session tokens (HS256 JWTs). */
export class SessionTokens {
  #secret: string;
  #ttlS: number;
  #now: () => number;
  /**
   * Tokens already verified, with what they said: a shopper sends the same token on every
   * turn, and an HMAC check with a fresh key import cost ≈ 0.1 ms of the gateway's thread.
   * A token is a pure function of its claims and our secret, so the answer cannot change
   * before it expires (checked again on every use).
   */
  #verified = new Map<string, { sid: string; exp: number }>();

  constructor(opts: { secret: string; ttlS: number; now?: () => number }) {
    this.#secret = opts.secret;
    this.#ttlS = opts.ttlS;
    this.#now = opts.now ?? Date.now;
  }

  /** When a token issued now expires (epoch seconds). */
  expiry(): number {
    return Math.floor(this.#now() / 1000) + this.#ttlS;
  }

  /** Signs a token for a session. */
  issue(sessionId: string, exp = this.expiry()): Promise<string> {
    return sign({ sid: sessionId, typ: "session", exp }, this.#secret, "HS256");
  }

  /** Returns the session id of a valid token; a 401 problem otherwise. */
  async verify(token: string): Promise<string> {
    try {
      let claims = this.#verified.get(token);
      if (!claims) {
        claims = SessionClaims.parse(await verify(token, this.#secret, "HS256"));
        if (this.#verified.size >= VERIFIED_CACHE_SIZE) this.#verified.clear();
        this.#verified.set(token, claims);
      }
      if (claims.exp * 1000 <= this.#now()) {
        this.#verified.delete(token);
        throw new Error("expired");
      }
      return claims.sid;
    } catch {
      throw new HttpProblem(401, "Cannot authenticate: the session token is invalid or expired", {
        headers: { "www-authenticate": 'Bearer realm="support-mesh"' },
      });
    }
  }
}

/** Verified session tokens remembered (then forgotten all at once). */
const VERIFIED_CACHE_SIZE = 50_000;

/** Checks a customer token signed by the shop with CUSTOMER_TOKEN_SECRET. */
export async function verifyCustomerToken(token: string, secret: string): Promise<CustomerClaims> {
  try {
    return CustomerClaims.parse(await verify(token, secret, "HS256"));
  } catch {
    throw new HttpProblem(401, "Cannot start a session: the customer token is invalid or expired");
  }
}

/** The session secret: configured, or generated once and kept under DATA_DIR. */
export async function resolveSessionSecret(config: Config): Promise<string> {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  const path = `${config.DATA_DIR}/session_secret`;
  try {
    const existing = (await Deno.readTextFile(path)).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start: create it below
  }
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const secret = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  await Deno.mkdir(config.DATA_DIR, { recursive: true });
  try {
    // createNew: when two processes race, the first file wins and both read it.
    await Deno.writeTextFile(path, secret, { mode: 0o600, createNew: true });
    return secret;
  } catch {
    return (await Deno.readTextFile(path)).trim();
  }
}

/** Reads the bearer token of an Authorization header, or null. */
export function bearer(header: string | undefined | null): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1] : null;
}

/**
 * Compares two secrets in constant time. Both are hashed first, so the comparison always
 * runs over two 32-byte digests: neither a length difference nor the first differing byte
 * shows in the time it takes.
 */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

function digest(s: string): Uint8Array {
  return createHash("sha256").update(s, "utf8").digest();
}
