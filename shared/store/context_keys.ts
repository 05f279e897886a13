/**
 * Keys of a customer's cached context in the session store: written by the context actor,
 * deleted by execution after a change so the next turn reads fresh data.
 */

/** The prefix of every cache key of a customer's context: deleting it forgets the context. */
export function contextCacheKey(customerId: string): string {
  return `ctx:${customerId}`;
}

/**
 * Every key of a customer's cached context (all start with `contextCacheKey`): the part
 * itself, and its version, a short token read on every turn. Execution deletes both
 * after a change.
 */
export function contextCacheKeys(customerId: string): { part: string; version: string } {
  const part = contextCacheKey(customerId);
  return { part, version: `${part}:version` };
}
