/**
 * Builds the dependencies actors receive: the store's API behind circuit breakers, the
 * session store, the LLM, the history database, the handoff stream. One factory, no
 * module-level singletons; each actor declares the narrow part it uses.
 */
import type { Bus } from "../shared/bus/types.ts";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Handoff, Message } from "../shared/protocol.ts";
import { StoreClient } from "../shared/store_client.ts";
import { openStore } from "../shared/store/mod.ts";
import type { Store } from "../shared/store/types.ts";
import { openHistory } from "../shared/db/mod.ts";
import type { History } from "../shared/db/types.ts";
import { createLlm, type Llm } from "../shared/llm.ts";
import { BreakerRegistry } from "../shared/circuit_breaker.ts";
import { describeError } from "../shared/errors.ts";

/** Everything an actor may need. */
export interface MeshDeps extends AsyncDisposable {
  config: Config;
  log: Logger;
  now(): Date;
  /** The store's API (context, execution). */
  store: StoreClient;
  /** Sessions, pending actions and caches (execution, aggregator). */
  sessions: Store;
  /** The same store, as the context cache. */
  cache: Store;
  breakers: BreakerRegistry;
  llm: Llm | null;
  /** Deadline of one LLM call in ms (response). */
  llmTimeoutMs: number;
  /** Catalogue names for product entities (intent). */
  products: { sku: string; name: string }[];
  ttlMs: number;
  timeoutMs: number;
  pendingTtlMs: number;
  recordTurn(msg: Message): Promise<{ created: boolean }>;
  publishHandoff(handoff: Handoff): Promise<void>;
  /** The place of a queued handoff in the agents' queue (response). */
  queuePlace(handoffId: string): Promise<number | null>;
}

/** Where the store's API is, and shared parts a caller already opened. */
export interface DepsOverrides {
  storeUrl?: string;
  sessions?: Store;
  history?: History;
}

/** The store API's base URL from the config (in-process store on MOCKS_PORT). */
export function storeUrlOf(config: Config): string {
  return config.STORE_API_URL ?? `http://127.0.0.1:${config.MOCKS_PORT}`;
}

/** Creates the dependencies for the actors of this process or Worker. */
export async function createDeps(
  config: Config,
  log: Logger,
  bus: Bus,
  overrides: DepsOverrides = {},
): Promise<MeshDeps> {
  const store = new StoreClient({
    baseUrl: overrides.storeUrl ?? storeUrlOf(config),
    timeoutMs: config.STORE_TIMEOUT_MS,
    log,
  });
  const sessions = overrides.sessions ?? await openStore(config, log);
  // Opened on the first turn that needs it (the aggregator records; the response reads a
  // queued customer's place), so the other actors' processes and Workers hold no SQLite file
  // and no PostgreSQL pool. A failed open is tried
  // again on the next turn (the aggregator's step is retried meanwhile).
  let history: Promise<History> | null = overrides.history
    ? Promise.resolve(overrides.history)
    : null;
  const openOnce = (): Promise<History> =>
    history ??= openHistory(config, log).catch((err) => {
      history = null;
      throw err;
    });
  const products = await store.searchProducts("", { limit: 100 }).then(
    (list) => list.map((p) => ({ sku: p.sku, name: p.name })),
    (err) => {
      log.warn("Cannot load the catalogue: product entities off", { error: describeError(err) });
      return [];
    },
  );
  return {
    config,
    log,
    now: () => new Date(),
    store,
    sessions,
    cache: sessions,
    breakers: new BreakerRegistry({ coolDownMs: config.BREAKER_COOLDOWN_MS }),
    llm: createLlm(config),
    llmTimeoutMs: config.LLM_TIMEOUT_MS,
    products,
    ttlMs: config.CONTEXT_CACHE_TTL_S * 1000,
    timeoutMs: config.STORE_TIMEOUT_MS,
    pendingTtlMs: config.PENDING_ACTION_TTL_S * 1000,
    // Group commit: the turns of one event-loop pass share one transaction.
    recordTurn: async (msg) => (await openOnce()).recordTurnGrouped(msg),
    publishHandoff: (h) => bus.publishHandoff(h),
    queuePlace: async (id) => (await openOnce()).queuePlace(id),
    async [Symbol.asyncDispose]() {
      if (!overrides.history && history) await (await history.catch(() => null))?.close();
      if (!overrides.sessions) await sessions[Symbol.asyncDispose]();
    },
  };
}
