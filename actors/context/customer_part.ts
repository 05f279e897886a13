/**
 * The cached customer part of the context: profile, recent orders and support history,
 * fetched in parallel and cached per customer (`ctx:<customer_id>`) only when complete.
 */
import type { Store } from "../../shared/store/types.ts";
import { call, type CallEnv } from "./calls.ts";
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
export type ContextCache = Pick<Store, "cacheGet" | "cacheSet">;

/** The cache key of a customer's context; execution deletes it after a change. */
export function contextCacheKey(customerId: string): string {
  return `ctx:${customerId}`;
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

/** Loads the customer part from the cache, else from the store (three calls at once). */
export async function loadCustomerPart(
  env: CallEnv,
  customerId: string,
  cache: { store: ContextCache; ttlMs: number; onError(err: unknown): void },
): Promise<LoadedPart> {
  const key = contextCacheKey(customerId);
  const hit = await cache.store.cacheGet<CustomerPart>(key).catch((err) => {
    cache.onError(err);
    return null;
  });
  if (hit && hit.customer?.id === customerId) {
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
    await cache.store.cacheSet(key, part, cache.ttlMs).catch(cache.onError);
  }
  return { part, complete, cached: false, unknown: false, customerError: null, notes };
}
