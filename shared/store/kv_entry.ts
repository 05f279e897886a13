/** How the session store keeps values in Deno KV, shared by the store and its batches. */

/** What every KV value looks like: the value and its expiry in epoch ms. */
export interface Entry<T = unknown> {
  v: T;
  exp: number;
}

/** KV's own expiry for a value that lives `ms` (our own check on read is the exact one). */
export function expireIn(ms: number): number {
  // KV wants a positive whole number; our own expiry check is the exact one.
  return Math.max(1, Math.ceil(ms));
}

/** How Deno KV's SQLite says another connection (a Worker, a process) holds the write lock. */
export const LOCKED = /database is (locked|busy)/i;

/** Keys per batched read (KV's `getMany` takes at most ten). */
export const READ_BATCH = 10;
