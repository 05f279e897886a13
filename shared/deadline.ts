/**
 * Deadlines of calls and steps: a signal that aborts at the deadline or with the caller's,
 * all on one timer per isolate (a timer per call cost more than many a call itself).
 */

/** When each deadline's signal aborts at the latest (`performance.now()` ms). */
const DEADLINES = new WeakMap<AbortSignal, number>();

/**
 * When `signal` aborts at the latest, if it is a `Deadline`'s (in `performance.now()` ms):
 * a callee with a longer deadline of its own need not set a timer of its own.
 */
export function deadlineOf(signal: AbortSignal): number | undefined {
  return DEADLINES.get(signal);
}

/**
 * The signal of one call: aborts when the caller's signal does or at the deadline
 * (`expired`). Its one timer is cleared when the call ends (`clear`), where
 * `AbortSignal.timeout` would fire, and build an error, for every call long after it ended.
 */
export class Deadline {
  /** Aborts at the deadline or with the caller's signal. */
  readonly signal: AbortSignal;
  /** True once the deadline (not the caller) aborted the signal. */
  expired = false;
  /** When the deadline passes, `performance.now()` ms; Infinity without one. */
  readonly at: number = Infinity;
  #controller: AbortController | null = null;
  #caller: AbortSignal | undefined;
  #onAbort: (() => void) | null = null;

  constructor(caller: AbortSignal | undefined, timeoutMs: number | undefined) {
    if (timeoutMs === undefined && caller) {
      this.signal = caller;
      return;
    }
    const controller = new AbortController();
    this.signal = controller.signal;
    if (caller?.aborted) {
      controller.abort(caller.reason);
      return;
    }
    this.#controller = controller;
    if (caller) {
      this.#caller = caller;
      this.#onAbort = () => controller.abort(caller.reason);
      caller.addEventListener("abort", this.#onAbort, { once: true });
    }
    if (timeoutMs !== undefined) {
      this.at = performance.now() + timeoutMs;
      DEADLINES.set(this.signal, this.at);
      timers.arm(this);
    }
  }

  /** Aborts the signal as timed out (the shared timer calls it when `at` has passed). */
  expire(): void {
    this.expired = true;
    this.#controller?.abort(new DOMException("Signal timed out.", "TimeoutError"));
  }

  /** Stops waiting for the deadline and lets go of the caller's signal. */
  clear(): void {
    if (this.at !== Infinity) timers.disarm(this);
    if (this.#onAbort) this.#caller!.removeEventListener("abort", this.#onAbort);
  }
}

/**
 * One timer for all the deadlines of this process: the armed ones in a set, the timer at
 * the earliest. A call that ends in time (almost all do) only leaves the set, where a
 * timer of its own cost more than the rest of the guarded call. No timer is left running
 * while no deadline is armed.
 */
class DeadlineTimers {
  #armed = new Set<Deadline>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #due = Infinity;

  arm(d: Deadline): void {
    this.#armed.add(d);
    if (d.at < this.#due) this.#schedule(d.at);
  }

  disarm(d: Deadline): void {
    this.#armed.delete(d);
    if (this.#armed.size === 0 && this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#due = Infinity;
    }
  }

  #schedule(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#due = at;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, at - performance.now()));
  }

  #fire(): void {
    this.#timer = undefined;
    this.#due = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const d of this.#armed) {
      if (d.at <= now) {
        this.#armed.delete(d);
        d.expire();
      } else if (d.at < next) next = d.at;
    }
    // An abort above may have armed a deadline (and the timer) already.
    if (next < this.#due) this.#schedule(next);
  }
}

const timers = new DeadlineTimers();

/** Resolves or rejects with `promise`, or rejects when `signal` aborts first. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}
