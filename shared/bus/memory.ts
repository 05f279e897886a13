/**
 * The in-process bus: the JetStream delivery contract (durable per-actor queues shared by
 * replicas, ack / nak with delay / term / working, ack deadlines, redelivery limits, dead
 * letters, msgId de-duplication, durable handoffs) held in memory, so the whole mesh runs
 * in one process with nothing installed but Deno.
 */
import type { Handoff } from "../protocol.ts";
import { describeError } from "../errors.ts";
import { type Logger, silentLogger } from "../log.ts";
import { type Entry, MemoryConsumer, Scheduler, WorkQueue } from "./memory_queue.ts";
import {
  announceGivenUp,
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
  MESSAGE_ID_HEADER,
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
        policy: { ackWaitMs: this.policy.ackWaitMs, backoffMs: [], maxDeliver: Infinity },
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
    const messageId = entry.headers[MESSAGE_ID_HEADER];
    void this.deadLetter({
      subject: entry.subject,
      reason: MAX_DELIVERIES_REASON,
      data: new TextDecoder().decode(entry.data),
      deliveries: entry.deliveries,
      at: new Date().toISOString(),
      ...(messageId ? { message_id: messageId } : {}),
    });
    if (messageId) announceGivenUp(this, messageId, entry.subject);
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
