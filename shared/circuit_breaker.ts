/**
 * Circuit breakers in front of the store's services: after repeated failures a breaker
 * opens and calls fail fast (RetryableError) until a cool-down passes; then one trial call
 * decides whether it closes again. One breaker per service, kept in a `BreakerRegistry`.
 */
import { isRetryable, RetryableError } from "./errors.ts";
import { Deadline } from "./deadline.ts";

/** closed: calls pass · open: calls fail fast · half_open: a trial call is let through. */
export type BreakerState = "closed" | "open" | "half_open";

/** The services of the store, each behind its own breaker. */
export const STORE_SERVICES = ["customers", "orders", "tracking", "products"] as const;
/** One service of the store. */
export type StoreService = (typeof STORE_SERVICES)[number];

/** Settings of a breaker; every field has a default. */
export interface BreakerOptions {
  /** Consecutive failures that open the breaker (default 5). */
  failureThreshold?: number;
  /** Failure rate, 0…1, in the window that opens the breaker (default 0.5). */
  failureRate?: number;
  /** Calls the window needs before the rate counts (default 10). */
  minCalls?: number;
  /** Length of the sliding window in ms (default 30 s). */
  windowMs?: number;
  /** How long an open breaker fails fast before a trial call (default 10 s). */
  coolDownMs?: number;
  /** Trial calls let through at once while half-open (default 1). */
  halfOpenCalls?: number;
  /** The clock in epoch ms; tests control it. */
  now?: () => number;
}

/** Options of one guarded call. */
export interface RunOptions {
  /** The caller's signal: when it aborts, the failure is the caller's, not the service's. */
  signal?: AbortSignal;
  /** Deadline of this call in ms; the call gets a signal that aborts at it. */
  timeoutMs?: number;
}

/** A breaker's state for health reports. */
export interface BreakerSnapshot {
  name: string;
  state: BreakerState;
  consecutive_failures: number;
  /** Calls and failures in the current window. */
  window_calls: number;
  window_failures: number;
  /** When the breaker last opened (ISO), or null. */
  opened_at: string | null;
  /** Calls refused while open since the breaker was created. */
  rejected: number;
}

/** Thrown instead of calling a service whose breaker is open. */
export class BreakerOpenError extends RetryableError {
  override name = "BreakerOpenError";
  /** The breaker's name (the service). */
  readonly service: string;
  constructor(service: string, retryAfterMs: number) {
    super(`Cannot call ${service}: circuit open after repeated failures`, { retryAfterMs });
    this.service = service;
  }
}

/** Outcomes in one slice of the window (a slice is 1/100 of it, at least 1 ms). */
interface Slice {
  /** Start of the slice, epoch ms. */
  at: number;
  calls: number;
  failures: number;
}

/** Slices of the window: outcomes leave it a slice at a time, at most 1% late. */
const SLICES = 100;

/** A circuit breaker for one service. */
export class CircuitBreaker {
  /** The service this breaker guards. */
  readonly name: string;
  #opts: Required<Omit<BreakerOptions, "now">>;
  #now: () => number;
  #state: BreakerState = "closed";
  #consecutive = 0;
  #window: Slice[] = [];
  #slice: number;
  #calls = 0;
  #failures = 0;
  #openedAt: number | null = null;
  #trials = 0;
  #rejected = 0;

  constructor(name: string, opts: BreakerOptions = {}) {
    this.name = name;
    this.#now = opts.now ?? Date.now;
    this.#opts = {
      failureThreshold: opts.failureThreshold ?? 5,
      failureRate: opts.failureRate ?? 0.5,
      minCalls: opts.minCalls ?? 10,
      windowMs: opts.windowMs ?? 30_000,
      coolDownMs: opts.coolDownMs ?? 10_000,
      halfOpenCalls: opts.halfOpenCalls ?? 1,
    };
    this.#slice = Math.max(1, Math.floor(this.#opts.windowMs / SLICES));
  }

  /** The current state; an open breaker whose cool-down passed reports half_open. */
  state(): BreakerState {
    if (this.#state === "open" && this.#coolDownLeft() <= 0) {
      this.#state = "half_open";
      this.#trials = 0;
    }
    return this.#state;
  }

  /**
   * Runs `fn` unless the breaker is open (then throws BreakerOpenError). Retryable
   * failures (5xx, timeouts, network) count against the service; refusals (4xx) and
   * the caller's own abort do not. A timeout becomes a RetryableError that names it.
   */
  async run<T>(fn: (signal: AbortSignal) => Promise<T>, opts: RunOptions = {}): Promise<T> {
    this.#admit();
    const deadline = new Deadline(opts.signal, opts.timeoutMs);
    try {
      const value = await fn(deadline.signal);
      this.recordSuccess();
      return value;
    } catch (err) {
      if (opts.signal?.aborted) {
        this.#release();
        throw err;
      }
      if (deadline.expired) {
        this.recordFailure();
        throw new RetryableError(
          `Cannot call ${this.name}: no answer within ${opts.timeoutMs} ms`,
          { cause: err },
        );
      }
      if (isRetryable(err)) this.recordFailure();
      else this.recordSuccess();
      throw err;
    } finally {
      deadline.clear();
    }
  }

  /** Counts a successful call (the service answered, even with a refusal). */
  recordSuccess(): void {
    this.#record(true);
    this.#consecutive = 0;
    if (this.#state === "half_open") this.#close();
  }

  /** Counts a failed call; may open the breaker. */
  recordFailure(): void {
    this.#record(false);
    this.#consecutive++;
    if (this.#state === "half_open") {
      this.#open();
      return;
    }
    if (this.#state !== "closed") return;
    const rateHit = this.#calls >= this.#opts.minCalls &&
      this.#failures / this.#calls >= this.#opts.failureRate;
    if (this.#consecutive >= this.#opts.failureThreshold || rateHit) this.#open();
  }

  /** The breaker's state for `/health/ready`. */
  snapshot(): BreakerSnapshot {
    const state = this.state();
    this.#prune();
    return {
      name: this.name,
      state,
      consecutive_failures: this.#consecutive,
      window_calls: this.#calls,
      window_failures: this.#failures,
      opened_at: this.#openedAt === null ? null : new Date(this.#openedAt).toISOString(),
      rejected: this.#rejected,
    };
  }

  #admit(): void {
    const state = this.state();
    if (state === "closed") return;
    if (state === "half_open" && this.#trials < this.#opts.halfOpenCalls) {
      this.#trials++;
      return;
    }
    this.#rejected++;
    const wait = state === "open" ? this.#coolDownLeft() : this.#opts.coolDownMs;
    throw new BreakerOpenError(this.name, Math.max(0, wait));
  }

  /** A trial call ended without a verdict (the caller aborted): let another try. */
  #release(): void {
    if (this.#state === "half_open" && this.#trials > 0) this.#trials--;
  }

  #record(ok: boolean): void {
    const now = this.#now();
    this.#prune(now);
    // Many calls a second: count them per slice instead of keeping one entry per call.
    const at = now - (now % this.#slice);
    let last = this.#window.at(-1);
    if (last?.at !== at) {
      last = { at, calls: 0, failures: 0 };
      this.#window.push(last);
    }
    last.calls++;
    this.#calls++;
    if (!ok) {
      last.failures++;
      this.#failures++;
    }
  }

  #prune(now = this.#now()): void {
    // A slice leaves once its newest possible outcome is older than the window.
    const since = now - this.#opts.windowMs;
    while (this.#window.length > 0 && this.#window[0].at + this.#slice - 1 < since) {
      const gone = this.#window.shift()!;
      this.#calls -= gone.calls;
      this.#failures -= gone.failures;
    }
  }

  #coolDownLeft(): number {
    return (this.#openedAt ?? 0) + this.#opts.coolDownMs - this.#now();
  }

  #open(): void {
    this.#state = "open";
    this.#openedAt = this.#now();
    this.#trials = 0;
  }

  #close(): void {
    this.#state = "closed";
    this.#consecutive = 0;
    this.#window = [];
    this.#calls = 0;
    this.#failures = 0;
    this.#trials = 0;
  }
}

/** One breaker per store service, shared by the actors of a process. */
export class BreakerRegistry {
  #breakers = new Map<StoreService, CircuitBreaker>();

  constructor(opts: BreakerOptions = {}) {
    for (const s of STORE_SERVICES) this.#breakers.set(s, new CircuitBreaker(s, opts));
  }

  /** The breaker of a service. */
  get(service: StoreService): CircuitBreaker {
    const b = this.#breakers.get(service);
    if (!b) throw new Error(`Cannot find breaker: no service named ${service}`);
    return b;
  }

  /** Runs `fn` behind the service's breaker (see `CircuitBreaker.run`). */
  run<T>(
    service: StoreService,
    fn: (signal: AbortSignal) => Promise<T>,
    opts?: RunOptions,
  ): Promise<T> {
    return this.get(service).run(fn, opts);
  }

  /** Every breaker's state, by service, for `/health/ready`. */
  snapshot(): Record<StoreService, BreakerSnapshot> {
    const out = {} as Record<StoreService, BreakerSnapshot>;
    for (const [name, b] of this.#breakers) out[name] = b.snapshot();
    return out;
  }

  /** True when no breaker is open (half-open counts as usable). */
  healthy(): boolean {
    return [...this.#breakers.values()].every((b) => b.state() !== "open");
  }
}
