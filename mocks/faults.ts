/**
 * Failure on demand: per service added latency and error rate, off by default. A faulty
 * request waits, then fails with 503 problem+json at the set rate.
 */
import type { MiddlewareHandler } from "hono";
import type { FaultSetting, FaultsState, FaultsUpdate } from "../shared/store_api_requests.ts";
import { problemResponse } from "./problem.ts";
import { mulberry32 } from "./random.ts";
import { type Service, SERVICES } from "./types.ts";

const NONE: FaultSetting = { latency_ms: 0, error_rate: 0 };

/** The seed of the error-rate draws. */
export const FAULT_SEED = 7_919;

/** Fault settings and the random draws that apply them. */
export class Faults {
  #state!: FaultsState;
  #random!: () => number;
  readonly #makeRandom: () => () => number;

  /** `initial` applies at start (e.g. from configuration); `random` replaces the seeded draws. */
  constructor(opts: { initial?: FaultsUpdate; random?: () => number } = {}) {
    const injected = opts.random;
    this.#makeRandom = injected ? () => injected : () => mulberry32(FAULT_SEED);
    this.reset();
    this.update(opts.initial ?? {});
  }

  /** Turns every fault off and re-seeds the random draws. */
  reset(): void {
    this.#state = { customers: NONE, orders: NONE, tracking: NONE, products: NONE };
    this.#random = this.#makeRandom();
  }

  /** Merges new settings (`all` first, then per service) and returns the result. */
  update(u: FaultsUpdate): FaultsState {
    for (const s of SERVICES) {
      this.#state[s] = { ...this.#state[s], ...u.all, ...u[s] };
    }
    return this.get();
  }

  /** The settings in force. */
  get(): FaultsState {
    return structuredClone(this.#state);
  }

  /**
   * Applies `service`'s faults to a part of a response served by another service (an
   * order's tracking): waits its latency, and says whether its error draw failed it.
   */
  async failsPart(service: Service): Promise<boolean> {
    const setting = this.#state[service];
    if (setting.latency_ms === 0 && setting.error_rate === 0) return false;
    if (setting.latency_ms > 0) await sleep(setting.latency_ms);
    return setting.error_rate > 0 && this.#random() < setting.error_rate;
  }

  /** Middleware applying the service's faults to its routes. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      const service = c.req.path.split("/")[1] as Service;
      if (!SERVICES.includes(service)) return await next();
      const setting = this.#state[service];
      if (setting.latency_ms === 0 && setting.error_rate === 0) return await next();
      if (await this.failsPart(service)) {
        return problemResponse({
          status: 503,
          code: "service_unavailable",
          detail: `Cannot serve ${c.req.method} ${c.req.path}: the ${service} service is ` +
            "unavailable (injected fault)",
          instance: c.req.path,
        }, { "retry-after": "1" });
      }
      return await next();
    };
  }
}

function sleep(ms: number): Promise<void> {
  // Not tied to the request's signal: Deno warns about listening to it, and a served
  // store's shutdown waits for open requests, so the timer never outlives the server.
  return new Promise((resolve) => setTimeout(resolve, ms));
}
