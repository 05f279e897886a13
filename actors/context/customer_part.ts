/**
 * The cached customer part of the context: profile, recent orders and support history,
 * fetched in parallel and cached per customer (`ctx:<customer_id>`) only when complete.
 * Each turn reads the part's version (a few bytes) from the shared session store and
 * reuses this process's copy while the version is the same, so it sees at once a change
 * made through any process, without reading and decoding the whole part every turn.
 */
import type { Store } from "../../shared/store/types.ts";
import { call, type CallEnv } from "./calls.ts";
import { contextCacheKeys } from "../../shared/store/context_keys.ts";
import {
  type CustomerPart,
  MAX_HISTORY,
  MAX_ORDERS,
  newestFirst,
  toCustomerView,
  toHistoryView,
  toOrderView,
} from "./views.ts";

/** The cache the context actor reads and fills. */
export type ContextCache = Pick<Store, "cacheGet" | "write">;

/** The cached part as stored: the part and the version it was written with. */
interface StoredPart {
  version: string;
  part: CustomerPart;
}

/** Parts this process read or wrote lately, by customer; at most `MEMO_SIZE` of them. */
type PartMemo = Map<string, StoredPart>;
const MEMO_SIZE = 1000;
/**
 * One memo per session store: every process (or Worker) keeps its own, and trusts an entry
 * only while the store still holds the same version, so an invalidation by any process is
 * seen at once.
 */
const memos = new WeakMap<ContextCache, PartMemo>();

function memoOf(cache: ContextCache): PartMemo {
  let memo = memos.get(cache);
  if (!memo) memos.set(cache, memo = new Map());
  return memo;
}

function remember(memo: PartMemo, customerId: string, stored: StoredPart): CustomerPart {
  // Shared by the turns that read it until the version changes: nobody may change it.
  deepFreeze(stored.part);
  memo.delete(customerId);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(customerId, stored);
  return stored.part;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/** What loading the customer part gave. */
export interface LoadedPart {
  /** Null when the customer could not be read, or is unknown (`unknown`). */
  part: CustomerPart | null;
  /** Orders or history may be missing when their call failed (see `notes`). */
  complete: boolean;
  cached: boolean;
  /** True when the store does not know the customer id. */
  unknown: boolean;
  /** The error of the customer lookup, when it failed. */
  customerError: unknown;
  notes: string[];
}

/**
 * The cached part, if any: the version first (a few bytes), then the part only when this
 * process does not hold that version already.
 */
async function cachedPart(
  customerId: string,
  cache: { store: ContextCache; onError(err: unknown): void },
): Promise<CustomerPart | null> {
  const keys = contextCacheKeys(customerId);
  const onError = (err: unknown) => {
    cache.onError(err);
    return null;
  };
  const version = await cache.store.cacheGet<string>(keys.version).catch(onError);
  if (typeof version !== "string") return null;
  const memo = memoOf(cache.store);
  const known = memo.get(customerId);
  if (known?.version === version) return known.part;
  const stored = await cache.store.cacheGet<StoredPart>(keys.part).catch(onError);
  if (stored?.version !== version || stored.part?.customer?.id !== customerId) return null;
  return remember(memo, customerId, stored);
}

/** Loads the customer part from the cache, else from the store (three calls at once). */
export async function loadCustomerPart(
  env: CallEnv,
  customerId: string,
  cache: { store: ContextCache; ttlMs: number; onError(err: unknown): void },
): Promise<LoadedPart> {
  const hit = await cachedPart(customerId, cache);
  if (hit) {
    return {
      part: hit,
      complete: true,
      cached: true,
      unknown: false,
      customerError: null,
      notes: [],
    };
  }
  const [customer, orders, history] = await Promise.all([
    call(env, "customers", (signal) => env.store.getCustomer(customerId, { signal }), "profile"),
    call(
      env,
      "customers",
      (signal) => env.store.listOrders(customerId, { signal, limit: MAX_ORDERS }),
      "recent orders",
    ),
    call(
      env,
      "customers",
      (signal) => env.store.getHistory(customerId, { signal, limit: MAX_HISTORY }),
      "support history",
    ),
  ]);
  const notes: string[] = [];
  if (!customer.ok) {
    return {
      part: null,
      complete: false,
      cached: false,
      unknown: false,
      customerError: customer.error,
      notes: [customer.note],
    };
  }
  if (customer.value === null) {
    return {
      part: null,
      complete: false,
      cached: false,
      unknown: true,
      customerError: null,
      notes: [`customer ${customerId} is not known to the store`],
    };
  }
  if (!orders.ok) notes.push(orders.note);
  if (!history.ok) notes.push(history.note);
  const part: CustomerPart = {
    customer: toCustomerView(customer.value),
    stats: customer.value.stats,
    orders: orders.ok
      ? newestFirst((orders.value ?? []).map(toOrderView)).slice(0, MAX_ORDERS)
      : [],
    history: history.ok ? (history.value ?? []).slice(0, MAX_HISTORY).map(toHistoryView) : [],
  };
  const complete = orders.ok && history.ok;
  if (complete) {
    const stored: StoredPart = { version: crypto.randomUUID(), part };
    const keys = contextCacheKeys(customerId);
    // One commit: a reader never sees the new version without its part.
    await cache.store.write([
      { op: "cacheSet", key: keys.part, value: stored, ttlMs: cache.ttlMs },
      { op: "cacheSet", key: keys.version, value: stored.version, ttlMs: cache.ttlMs },
    ]).then(() => remember(memoOf(cache.store), customerId, stored), cache.onError);
  }
  return { part, complete, cached: false, unknown: false, customerError: null, notes };
}
