/**
 * The in-process bus: the JetStream delivery contract (durable per-actor queues shared by
 * replicas, ack / nak with delay / term / working, ack deadlines, redelivery limits, dead
 * letters, msgId de-duplication, durable handoffs) held in memory, so the whole mesh runs
 * in one process with nothing installed but Deno.
 */
import type { Handoff } from "../protocol.ts";
import { describeError } from "../errors.ts";
import { type Logger, silentLogger } from "../log.ts";
import {
  assertActorName,
  DEFAULT_CONCURRENCY,
  handoffHandler,
  handoffSubject,
  MAX_DELIVERIES_REASON,
  NO_HEADERS,
  subjectMatches,
} from "./common.ts";
import {
  actorSubject,
  type Bus,
  type BusStatus,
  type ConsumeOptions,
  type Consumer,
  type DeadLetter,
  DEFAULT_DELIVERY_POLICY,
  type Delivery,
  type DeliveryHandler,
  type DeliveryPolicy,
  type PublishOptions,
  type Subscription,
} from "./types.ts";

/** Options for `MemoryBus`. */
export interface MemoryBusOptions {
  policy?: Partial<DeliveryPolicy>;
  log?: Logger;
  /** Dead letters kept (the oldest are dropped). Default 10,000. */
  deadLetterLimit?: number;
}

// ---------------------------------------------------------------------------
// Building blocks: a FIFO without O(n) shifts and one timer for every deadline.

class Deque<T> {
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

interface Timed {
  due: number;
  cancelled: boolean;
  run: () => void;
}

/**
 * A min-heap of deadlines behind a single timer. Cancelled entries stay in the heap until
 * they surface (or a compaction drops them), so cancelling is O(1).
 */
class Scheduler {
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

interface Entry {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
  deliveries: number;
  done: boolean;
}

interface QueuePolicy {
  ackWaitMs: number;
  backoffMs: number[];
  maxDeliver: number;
}

class WorkQueue {
  readonly name: string;
  /** Entries not yet acked, termed or dead-lettered. */
  pending = 0;
  readonly #ready = new Deque<Entry>();
  #consumers: MemoryConsumer[] = [];
  #next = 0;
  #scheduled = false;
  readonly scheduler: Scheduler;
  readonly policy: QueuePolicy;
  readonly log: Logger;
  readonly #onExhausted: (entry: Entry) => void;

  constructor(
    name: string,
    deps: {
      scheduler: Scheduler;
      policy: QueuePolicy;
      log: Logger;
      onExhausted: (entry: Entry) => void;
    },
  ) {
    this.name = name;
    this.scheduler = deps.scheduler;
    this.policy = deps.policy;
    this.log = deps.log;
    this.#onExhausted = deps.onExhausted;
  }

  push(entry: Entry): void {
    this.pending++;
    this.#ready.push(entry);
    this.kick();
  }

  attach(consumer: MemoryConsumer): void {
    this.#consumers.push(consumer);
    this.kick();
  }

  detach(consumer: MemoryConsumer): void {
    this.#consumers = this.#consumers.filter((c) => c !== consumer);
  }

  /** The ack deadline of delivery number `count` (JetStream: backoff replaces ack_wait). */
  deadline(count: number): number {
    const b = this.policy.backoffMs;
    return b.length > 0 ? b[Math.min(count, b.length) - 1] : this.policy.ackWaitMs;
  }

  /** Settles an entry for good (ack or term). */
  finish(entry: Entry): void {
    if (entry.done) return;
    entry.done = true;
    this.pending--;
  }

  /** Delivers the entry again after `delayMs`, or gives it up after its last delivery. */
  retry(entry: Entry, delayMs: number): void {
    if (entry.done) return;
    if (entry.deliveries >= this.policy.maxDeliver) {
      this.finish(entry);
      this.#onExhausted(entry);
      return;
    }
    if (delayMs > 0) {
      this.scheduler.after(delayMs, () => {
        if (entry.done) return;
        this.#ready.push(entry);
        this.kick();
      });
    } else {
      this.#ready.push(entry);
      this.kick();
    }
  }

  kick(): void {
    if (this.#scheduled || this.#consumers.length === 0 || this.#ready.length === 0) return;
    this.#scheduled = true;
    queueMicrotask(() => this.#dispatch());
  }

  #dispatch(): void {
    this.#scheduled = false;
    const consumers = this.#consumers;
    while (this.#ready.length > 0 && consumers.length > 0) {
      // Round robin over replicas that have room.
      let chosen: MemoryConsumer | undefined;
      for (let tries = 0; tries < consumers.length; tries++) {
        const c = consumers[this.#next++ % consumers.length];
        if (c.hasRoom()) {
          chosen = c;
          break;
        }
      }
      if (!chosen) return;
      const entry = this.#ready.shift()!;
      if (entry.done) continue;
      chosen.deliver(entry);
    }
  }

  clear(): void {
    this.#ready.clear();
    this.#consumers = [];
  }
}

class MemoryDelivery implements Delivery {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly deliveryCount: number;
  readonly headers: Readonly<Record<string, string>>;
  settled = false;
  timer: Timed | undefined;
  #released = false;
  readonly #entry: Entry;
  readonly #consumer: MemoryConsumer;

  constructor(entry: Entry, consumer: MemoryConsumer) {
    this.#entry = entry;
    this.#consumer = consumer;
    this.subject = entry.subject;
    this.data = entry.data;
    this.headers = entry.headers;
    this.deliveryCount = entry.deliveries;
  }

  ack(): Promise<void> {
    // Like JetStream, a late ack (after the deadline passed) still removes the message.
    this.#settle();
    this.#consumer.queue.finish(this.#entry);
    return Promise.resolve();
  }

  nak(delayMs = 0): void {
    if (!this.#settle()) return;
    this.#consumer.queue.retry(this.#entry, delayMs);
  }

  term(): void {
    this.#settle();
    this.#consumer.queue.finish(this.#entry);
  }

  working(): void {
    if (this.settled) return;
    const q = this.#consumer.queue;
    if (this.timer) q.scheduler.cancel(this.timer);
    this.timer = q.scheduler.after(q.deadline(this.deliveryCount), () => this.expire());
  }

  /** The ack deadline passed: deliver again (or dead-letter). */
  expire(): void {
    this.timer = undefined;
    // A handler that outlives its deadline no longer holds a slot (or a drain).
    this.release();
    if (!this.#settle()) return;
    this.#consumer.queue.retry(this.#entry, 0);
  }

  /** Frees the consumer's slot: the handler returned or the deadline passed. */
  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#consumer.released();
  }

  #settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    if (this.timer) this.#consumer.queue.scheduler.cancel(this.timer);
    this.timer = undefined;
    return true;
  }
}

class MemoryConsumer implements Consumer {
  readonly queue: WorkQueue;
  readonly #handler: DeliveryHandler;
  readonly #concurrency: number;
  #inFlight = 0;
  #stopped = false;
  #idle: (() => void)[] = [];
  readonly #onClosed: (c: MemoryConsumer) => void;

  constructor(
    queue: WorkQueue,
    handler: DeliveryHandler,
    concurrency: number,
    onClosed: (c: MemoryConsumer) => void,
  ) {
    this.queue = queue;
    this.#handler = handler;
    this.#concurrency = concurrency;
    this.#onClosed = onClosed;
  }

  hasRoom(): boolean {
    return !this.#stopped && this.#inFlight < this.#concurrency;
  }

  deliver(entry: Entry): void {
    entry.deliveries++;
    this.#inFlight++;
    const d = new MemoryDelivery(entry, this);
    d.timer = this.queue.scheduler.after(this.queue.deadline(d.deliveryCount), () => d.expire());
    let result: Promise<void>;
    try {
      result = this.#handler(d);
    } catch (err) {
      result = Promise.reject(err);
    }
    Promise.resolve(result).then(() => d.release(), (err) => {
      this.#failed(d, err);
      d.release();
    });
  }

  #failed(d: MemoryDelivery, err: unknown): void {
    this.queue.log.warn("delivery handler failed", {
      subject: d.subject,
      delivery: d.deliveryCount,
      error: describeError(err),
    });
    // An unsettled delivery whose handler threw is retried at once, up to maxDeliver.
    if (!d.settled) d.nak();
  }

  released(): void {
    this.#inFlight--;
    if (this.#stopped) {
      if (this.#inFlight === 0) { for (const resolve of this.#idle.splice(0)) resolve(); }
    } else {
      this.queue.kick();
    }
  }

  drain(): Promise<void> {
    if (!this.#stopped) {
      this.#stopped = true;
      this.queue.detach(this);
      this.#onClosed(this);
    }
    if (this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.drain();
  }
}

// ---------------------------------------------------------------------------

interface CoreSub {
  pattern: string;
  handler: (data: Uint8Array, subject: string, headers: Readonly<Record<string, string>>) => void;
}

/** The in-process bus (embedded mode); see the module doc for the contract. */
export class MemoryBus implements Bus {
  readonly kind = "in_process" as const;
  readonly policy: DeliveryPolicy;
  readonly #log: Logger;
  readonly #scheduler: Scheduler;
  readonly #queues = new Map<string, WorkQueue>();
  readonly #consumers = new Set<MemoryConsumer>();
  /** msgId → expiry; insertion order is expiry order, so pruning stops at the first live one. */
  readonly #seen = new Map<string, number>();
  readonly #exact = new Map<string, Set<CoreSub>>();
  readonly #wild = new Set<CoreSub>();
  #dead: DeadLetter[] = [];
  readonly #deadLimit: number;
  readonly #handoffs: Entry[] = [];
  readonly #handoffIds = new Set<string>();
  readonly #handoffQueues = new Map<string, WorkQueue>();
  #closed = false;

  constructor(opts: MemoryBusOptions = {}) {
    this.policy = { ...DEFAULT_DELIVERY_POLICY, ...opts.policy };
    this.#log = opts.log ?? silentLogger;
    this.#scheduler = new Scheduler(this.#log);
    this.#deadLimit = opts.deadLetterLimit ?? 10_000;
  }

  publish(actor: string, data: Uint8Array, opts: PublishOptions = {}): Promise<void> {
    if (this.#closed) return Promise.reject(new Error("Cannot publish: the bus is closed"));
    assertActorName(actor);
    if (opts.msgId !== undefined && this.#isDuplicate(opts.msgId)) return Promise.resolve();
    this.#queue(actor).push({
      subject: actorSubject(actor),
      data,
      headers: opts.headers ?? NO_HEADERS,
      deliveries: 0,
      done: false,
    });
    return Promise.resolve();
  }

  consume(actor: string, handler: DeliveryHandler, opts: ConsumeOptions = {}): Promise<Consumer> {
    if (this.#closed) return Promise.reject(new Error("Cannot consume: the bus is closed"));
    assertActorName(actor);
    return Promise.resolve(this.#attach(this.#queue(actor), handler, opts.concurrency));
  }

  notify(subject: string, data: Uint8Array, headers?: Record<string, string>): void {
    if (this.#closed) return;
    const targets: CoreSub[] = [];
    const exact = this.#exact.get(subject);
    if (exact) targets.push(...exact);
    for (const sub of this.#wild) if (subjectMatches(sub.pattern, subject)) targets.push(sub);
    if (targets.length === 0) return;
    const h = headers ?? NO_HEADERS;
    // Asynchronous like NATS, so a handler never runs inside its publisher's call.
    queueMicrotask(() => {
      for (const sub of targets) {
        try {
          sub.handler(data, subject, h);
        } catch (err) {
          this.#log.warn("subscriber failed", { subject, error: describeError(err) });
        }
      }
    });
  }

  subscribe(subject: string, handler: CoreSub["handler"]): Subscription {
    const sub: CoreSub = { pattern: subject, handler };
    const wild = subject.split(".").some((t) => t === "*" || t === ">");
    if (wild) {
      this.#wild.add(sub);
    } else {
      let set = this.#exact.get(subject);
      if (!set) this.#exact.set(subject, set = new Set());
      set.add(sub);
    }
    return {
      unsubscribe: () => {
        if (wild) {
          this.#wild.delete(sub);
          return;
        }
        const set = this.#exact.get(subject);
        set?.delete(sub);
        if (set?.size === 0) this.#exact.delete(subject);
      },
    };
  }

  deadLetter(entry: DeadLetter): Promise<void> {
    this.#dead.push(entry);
    if (this.#dead.length > this.#deadLimit * 2) this.#dead = this.#dead.slice(-this.#deadLimit);
    this.#log.warn("dead letter", {
      subject: entry.subject,
      reason: entry.reason,
      deliveries: entry.deliveries,
    });
    return Promise.resolve();
  }

  deadLetters(limit = 100): Promise<DeadLetter[]> {
    const n = Math.max(0, Math.min(limit, this.#deadLimit));
    return Promise.resolve(n === 0 ? [] : this.#dead.slice(-n));
  }

  publishHandoff(handoff: Handoff): Promise<void> {
    if (this.#closed) {
      return Promise.reject(new Error("Cannot publish a handoff: the bus is closed"));
    }
    if (this.#handoffIds.has(handoff.id)) return Promise.resolve();
    this.#handoffIds.add(handoff.id);
    const record: Entry = {
      subject: handoffSubject(handoff),
      data: new TextEncoder().encode(JSON.stringify(handoff)),
      headers: NO_HEADERS,
      deliveries: 0,
      done: false,
    };
    this.#handoffs.push(record);
    for (const q of this.#handoffQueues.values()) q.push({ ...record });
    return Promise.resolve();
  }

  consumeHandoffs(
    name: string,
    handler: (handoff: Handoff, delivery: Delivery) => Promise<void>,
  ): Promise<Consumer> {
    if (this.#closed) {
      return Promise.reject(new Error("Cannot consume handoffs: the bus is closed"));
    }
    assertActorName(name);
    let q = this.#handoffQueues.get(name);
    if (!q) {
      // A new durable consumer starts from the first handoff, like DeliverPolicy.All.
      q = new WorkQueue(`handoff_${name}`, {
        scheduler: this.#scheduler,
        // Handoffs are never given up: a human must see each one.
        policy: { ...this.policy, maxDeliver: Infinity },
        log: this.#log,
        onExhausted: () => {},
      });
      this.#handoffQueues.set(name, q);
      for (const record of this.#handoffs) q.push({ ...record });
    }
    return Promise.resolve(this.#attach(q, handoffHandler(handler, this), 16));
  }

  status(): Promise<BusStatus> {
    const pending: Record<string, number> = {};
    for (const [actor, q] of this.#queues) pending[actorSubject(actor)] = q.pending;
    return Promise.resolve({ kind: this.kind, connected: !this.#closed, pending });
  }

  flush(): Promise<void> {
    return Promise.resolve();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // Drain with the scheduler still running, so an unsettled delivery ends at its deadline.
    await Promise.all([...this.#consumers].map((c) => c.drain()));
    this.#scheduler.close();
    for (const q of this.#queues.values()) q.clear();
    for (const q of this.#handoffQueues.values()) q.clear();
    this.#exact.clear();
    this.#wild.clear();
  }

  #queue(actor: string): WorkQueue {
    let q = this.#queues.get(actor);
    if (!q) {
      q = new WorkQueue(actor, {
        scheduler: this.#scheduler,
        policy: this.policy,
        log: this.#log,
        onExhausted: (entry) => this.#exhausted(entry),
      });
      this.#queues.set(actor, q);
    }
    return q;
  }

  #attach(q: WorkQueue, handler: DeliveryHandler, concurrency?: number): MemoryConsumer {
    const limit = Math.max(1, Math.floor(concurrency ?? DEFAULT_CONCURRENCY));
    const c = new MemoryConsumer(q, handler, limit, (x) => this.#consumers.delete(x));
    this.#consumers.add(c);
    q.attach(c);
    return c;
  }

  #exhausted(entry: Entry): void {
    void this.deadLetter({
      subject: entry.subject,
      reason: MAX_DELIVERIES_REASON,
      data: new TextDecoder().decode(entry.data),
      deliveries: entry.deliveries,
      at: new Date().toISOString(),
    });
  }

  #isDuplicate(msgId: string): boolean {
    const now = performance.now();
    for (const [id, expiry] of this.#seen) {
      if (expiry > now) break;
      this.#seen.delete(id);
    }
    if (this.#seen.has(msgId)) return true;
    this.#seen.set(msgId, now + this.policy.duplicateWindowMs);
    return false;
  }
}
