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
 * Fixed-window hit counters in this process's memory. The per-address limit protects this
 * gateway, so it needs no shared store, and one hot key per busy address in the session
 * store would cost every request a read-check-write round (bench profiles).
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
