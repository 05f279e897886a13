/**
 * The machinery of the in-process bus: the work queue with its deliveries and consumers (ack, nak with delay, term, working, ack
 * deadlines, redelivery limits).
 */
import { describeError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { Consumer, Delivery, DeliveryHandler } from "./types.ts";
import { Deque, Scheduler, type Timed } from "./memory_scheduler.ts";

export { Deque, Scheduler, type Timed };

/** A message in a work queue. */
export interface Entry {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
  deliveries: number;
  done: boolean;
}

/** The delivery settings of one work queue. */
export interface QueuePolicy {
  ackWaitMs: number;
  backoffMs: number[];
  maxDeliver: number;
}

/** One durable queue (an actor's, or a named handoff consumer's), shared by its consumers. */
export class WorkQueue {
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

/** One delivery of an entry to a consumer. */
export class MemoryDelivery implements Delivery {
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

/** A consumer of a work queue with at most `concurrency` handlers running. */
export class MemoryConsumer implements Consumer {
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
