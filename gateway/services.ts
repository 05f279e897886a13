/**
 * The services the gateway's routes share, and the session a shopper's token names.
 */
import type { PendingAction } from "../shared/protocol.ts";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";
import type { SessionRecord, Store } from "../shared/store/types.ts";
import type { History } from "../shared/db/types.ts";
import type { StoreClient } from "../shared/store_client.ts";
import type { TurnService } from "./turns.ts";
import type { GatewayMetrics } from "./metrics.ts";
import { type SessionTokens } from "./auth.ts";
import { HttpProblem } from "./problems.ts";
import { describeError } from "../shared/errors.ts";

/** Everything the gateway's routes use. */
export interface GatewayServices {
  config: Config;
  log: Logger;
  bus: Bus;
  store: Store;
  history: History;
  storeApi: StoreClient;
  turns: TurnService;
  tokens: SessionTokens;
  metrics: GatewayMetrics;
  agentToken: string;
  /** Per-address request counters of this gateway. */
  addresses: Pick<Store, "hit">;
}

/** Loads the session a token names; 401 when the token or session is not valid. */
export async function sessionFromToken(
  s: GatewayServices,
  token: string | null,
  opts: { withPending?: boolean } = {},
): Promise<SessionRecord> {
  if (!token) {
    throw new HttpProblem(401, "Cannot authenticate: send the session token as a Bearer token", {
      headers: { "www-authenticate": 'Bearer realm="support-mesh"' },
    });
  }
  const sid = await s.tokens.verify(token);
  // Read with the session (one batched read) when a chat turn needs its pending change next.
  const pending = opts.withPending ? s.store.getPending(sid) : null;
  pending?.catch(() => {}); // reported by whoever uses it (a turn reads it as none)
  let session: SessionRecord | null;
  try {
    session = await s.store.getSession(sid);
  } catch (err) {
    s.log.warn("Cannot read a session: the session store is unavailable", {
      error: describeError(err),
    });
    throw new HttpProblem(503, "Cannot read your session right now: please try again shortly", {
      headers: { "retry-after": "5" },
    });
  }
  if (!session) throw new HttpProblem(401, "Cannot authenticate: the session has ended");
  if (pending) prefetched.set(session, { pending, at: Date.now() });
  return session;
}

/** Pending changes read together with their session, for the turn that follows. */
const prefetched = new WeakMap<
  SessionRecord,
  { pending: Promise<PendingAction | null>; at: number }
>();
/** A prefetched pending change older than this is read again. */
const PREFETCH_MS = 1_000;

/**
 * The pending change read along with `session` in the same request (used once, and only
 * while fresh), or a new read.
 */
export function pendingOf(
  s: GatewayServices,
  session: SessionRecord,
): Promise<PendingAction | null> {
  const early = prefetched.get(session);
  prefetched.delete(session);
  if (early && Date.now() - early.at < PREFETCH_MS) return early.pending;
  return s.store.getPending(session.session_id);
}
