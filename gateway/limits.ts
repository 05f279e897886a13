/**
 * Rate limits: fixed-window counters in this process's memory, and the check that refuses a
 * request over its per-minute limit with a 429 problem and Retry-After.
 */
import { type Store, windowResetMs } from "../shared/store/types.ts";
import type { Logger } from "../shared/log.ts";
import { HttpProblem } from "./problems.ts";
import type { GatewayMetrics } from "./metrics.ts";

const MINUTE = 60_000;

/**
 * Fixed-window hit counters in this process's memory: the per-address counts of a single
 * gateway (see `addressCounter`).
 */
export class LocalCounter implements Pick<Store, "hit"> {
  #windows = new Map<string, { start: number; count: number }>();

  hit(key: string, windowMs: number, now = Date.now()): Promise<number> {
    const start = now - (now % windowMs);
    const w = this.#windows.get(key);
    if (w && w.start === start) {
      w.count++;
      return Promise.resolve(w.count);
    }
    if (this.#windows.size > 100_000) this.#sweep(start);
    this.#windows.set(key, { start, count: 1 });
    return Promise.resolve(1);
  }

  #sweep(current: number): void {
    for (const [k, w] of this.#windows) if (w.start !== current) this.#windows.delete(k);
  }
}

/**
 * Where per-address counts live. With Redis (REDIS_URL) the session store is shared by every
 * gateway, and an address spreading requests over them meets one limit: Redis counts a hit
 * in one INCR round trip. Otherwise (one gateway, Deno KV) this process's memory counts, as
 * the KV's read-check-write per hit on one hot key would cost every request (bench profiles).
 */
export function addressCounter(store: Pick<Store, "hit" | "kind">): Pick<Store, "hit"> {
  return store.kind === "redis" ? store : new LocalCounter();
}

/** Counts a hit against a per-minute limit; throws a 429 problem when over it. */
export async function enforceRate(opts: {
  store: Pick<Store, "hit">;
  key: string;
  limit: number;
  scope: string;
  metrics: GatewayMetrics;
  log: Logger;
  /** What is refused, first in the detail (default "Cannot accept more requests"). */
  refusal?: string;
}): Promise<void> {
  let count: number;
  try {
    count = await opts.store.hit(`rl:${opts.key}`, MINUTE);
  } catch (err) {
    // The limiter's store is down: serve rather than refuse everyone.
    opts.log.warn("Rate limit not checked: the store is unavailable", { error: String(err) });
    return;
  }
  if (count > opts.limit) {
    opts.metrics.rateLimited.inc({ scope: opts.scope });
    const retry = Math.max(1, Math.ceil(windowResetMs(MINUTE) / 1000));
    const refused = opts.refusal ?? "Cannot accept more requests";
    throw new HttpProblem(
      429,
      `${refused}: the ${opts.scope} limit of ${opts.limit} a minute is reached; try again in ${retry} s`,
      { headers: { "retry-after": String(retry) } },
    );
  }
}
