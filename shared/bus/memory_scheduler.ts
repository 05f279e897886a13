/**
 * Building blocks of the in-process bus: a FIFO without O(n) shifts and one timer for
 * every deadline.
 */
import { describeError } from "../errors.ts";
import type { Logger } from "../log.ts";

/** A FIFO whose shift is O(1). */
export class Deque<T> {
  #items: T[] = [];
  #head = 0;
  get length(): number {
    return this.#items.length - this.#head;
  }
  push(item: T): void {
    this.#items.push(item);
  }
  shift(): T | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head++] = undefined as T;
    if (this.#head > 1024 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return item;
  }
  clear(): void {
    this.#items = [];
    this.#head = 0;
  }
}

/** A deadline held by the scheduler. */
export interface Timed {
  due: number;
  cancelled: boolean;
  run: () => void;
}

/**
 * A min-heap of deadlines behind a single timer. Cancelled entries stay in the heap until
 * they surface (or a compaction drops them), so cancelling is O(1).
 */
export class Scheduler {
  #heap: Timed[] = [];
  #stale = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #armedFor = Infinity;
  #closed = false;
  #log: Logger;

  constructor(log: Logger) {
    this.#log = log;
  }

  /** Runs `run` after `delayMs`; returns a handle for `cancel`. */
  after(delayMs: number, run: () => void): Timed {
    const t: Timed = { due: performance.now() + Math.max(0, delayMs), cancelled: false, run };
    if (this.#closed) {
      t.cancelled = true;
      return t;
    }
    this.#push(t);
    if (t.due < this.#armedFor) this.#arm(t.due);
    return t;
  }

  cancel(t: Timed): void {
    if (t.cancelled) return;
    t.cancelled = true;
    this.#stale++;
    if (this.#stale === this.#heap.length) {
      // Nothing live is left: drop everything, so an idle bus holds no timer.
      this.#heap = [];
      this.#stale = 0;
      this.#disarm();
    } else if (this.#stale > 1024 && this.#stale * 2 > this.#heap.length) {
      this.#heap = this.#heap.filter((x) => !x.cancelled);
      this.#stale = 0;
      for (let i = (this.#heap.length >> 1) - 1; i >= 0; i--) this.#down(i);
    }
  }

  close(): void {
    this.#closed = true;
    for (const t of this.#heap) t.cancelled = true;
    this.#heap = [];
    this.#stale = 0;
    this.#disarm();
  }

  #fire(): void {
    this.#timer = undefined;
    this.#armedFor = Infinity;
    const now = performance.now();
    while (this.#heap.length > 0 && this.#heap[0].due <= now + 1) {
      const t = this.#pop();
      if (t.cancelled) {
        this.#stale--;
        continue;
      }
      t.cancelled = true;
      try {
        t.run();
      } catch (err) {
        this.#log.error("memory bus timer failed", { error: describeError(err) });
      }
    }
    while (this.#heap.length > 0 && this.#heap[0].cancelled) {
      this.#pop();
      this.#stale--;
    }
    if (this.#heap.length > 0) this.#arm(this.#heap[0].due);
  }

  #arm(due: number): void {
    this.#disarm();
    this.#armedFor = due;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, due - performance.now()));
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = Infinity;
  }

  #push(t: Timed): void {
    const h = this.#heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent].due <= h[i].due) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }

  #pop(): Timed {
    const h = this.#heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      this.#down(0);
    }
    return top;
  }

  #down(i: number): void {
    const h = this.#heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l].due < h[m].due) m = l;
      if (r < h.length && h[r].due < h[m].due) m = r;
      if (m === i) return;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }
}

// ---------------------------------------------------------------------------
// Work queues: one per actor, one per named handoff consumer.
