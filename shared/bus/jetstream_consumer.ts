/**
 * The consuming side of the JetStream bus: subject namespacing, header conversion, error
 * classification, and the pull-consumer loop with bounded concurrency.
 */
import { headers as natsHeaders, type MsgHdrs } from "@nats-io/transport-node";
import type { ConsumerMessages, JsMsg } from "@nats-io/jetstream";
import { describeError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { Consumer, Delivery, DeliveryHandler } from "./types.ts";

const PREFIX = /^[A-Za-z0-9_-]+$/;

/** Names of the streams and subjects of one namespace. */
export interface Names {
  work: string;
  dead: string;
  handoff: string;
  /** Adds the namespace to a subject. */
  wire(subject: string): string;
  /** Removes it again. */
  logical(subject: string): string;
}

/** The stream names and subject mapping for a namespace (`streamPrefix`). */
export function namesFor(prefix: string | undefined): Names {
  if (prefix !== undefined && !PREFIX.test(prefix)) {
    throw new TypeError(`Cannot use stream prefix "${prefix}": letters, digits, "_" and "-" only`);
  }
  const p = prefix ? `${prefix}_` : "";
  const dot = prefix ? `${prefix}.` : "";
  return {
    work: `${p}MESH`,
    dead: `${p}MESH_DEAD`,
    handoff: `${p}MESH_HANDOFF`,
    wire: (s) => dot + s,
    logical: (s) => (dot && s.startsWith(dot) ? s.slice(dot.length) : s),
  };
}

/** Message headers as a plain record, without the server's own. */
export function headersOf(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const [key, values] of h) {
    // Server headers (Nats-Msg-Id, Nats-Expected-…) are transport details.
    if (!key.startsWith("Nats-")) out[key] = values[0] ?? "";
  }
  return out;
}

/** A plain record as NATS headers (none when empty). */
export function toHeaders(h: Record<string, string> | undefined): MsgHdrs | undefined {
  if (!h) return undefined;
  const keys = Object.keys(h);
  if (keys.length === 0) return undefined;
  const out = natsHeaders();
  for (const k of keys) out.set(k, h[k]);
  return out;
}

/** True for failures that go away by themselves: a lost request, JetStream still starting. */
export function isTransient(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 3; depth++) {
    if (e.name === "TimeoutError" || e.name === "NoResponders") return true;
    if ((e as { status?: unknown }).status === 503) return true;
    if (/timeout|no responders|temporarily unavailable|not enabled/i.test(e.message)) return true;
    e = e.cause;
  }
  return false;
}

/** True when a JetStream API error has one of `codes` (or a message matching `text`). */
export function isApiError(err: unknown, codes: number[], text: RegExp): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === "number" && codes.includes(code)) return true;
  return err instanceof Error && text.test(err.message);
}

/**
 * The shortest time between two in-progress acks (`+WPI`) of one delivery: a tenth of its
 * ack deadline, at most a second. A chain of steps calls `working()` at each step, a few
 * milliseconds apart; each call was a message to nats-server (6 of the 12 a turn sent,
 * measured), while the deadline only needs pushing back once it has run down. A step
 * starts with at least nine tenths of the deadline (minus a second) ahead of it.
 */
export function workingInterval(deadlineMs: number): number {
  return Math.min(1_000, deadlineMs / 10);
}

/**
 * The ack deadline of delivery number `count` of a consumer, in ms: its backoff step when
 * it has backoff (the server's rule), else its ack wait (30 s, the server's default).
 */
export function ackDeadlineMs(
  cfg: { ack_wait?: number; backoff?: number[] },
  count: number,
): number {
  const b = cfg.backoff ?? [];
  const nanos = b.length > 0 ? b[Math.min(count, b.length) - 1] : cfg.ack_wait ?? 30e9;
  return nanos / 1e6;
}

/** A JetStream message as a `Delivery`. */
export class JsDelivery implements Delivery {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly deliveryCount: number;
  readonly headers: Readonly<Record<string, string>>;
  settled = false;
  readonly #msg: JsMsg;
  readonly #interval: number;
  readonly #now: () => number;
  /** When the server last restarted the deadline: the delivery, or the last `+WPI`. */
  #since: number;

  /**
   * `deadlineMs`: this delivery's ack deadline (the ack wait, or the backoff step of its
   * delivery number); `now` a monotonic clock in ms.
   */
  constructor(
    msg: JsMsg,
    names: Names,
    deadlineMs: number,
    now: () => number = () => performance.now(),
  ) {
    this.#msg = msg;
    this.subject = names.logical(msg.subject);
    this.data = msg.data;
    this.deliveryCount = msg.info.deliveryCount;
    this.headers = headersOf(msg.headers);
    this.#interval = workingInterval(deadlineMs);
    this.#now = now;
    this.#since = now();
  }

  ack(): Promise<void> {
    if (this.settled) return Promise.resolve();
    this.settled = true;
    // Sent without waiting for the server's confirmation (a double ack is a request and a
    // reply: ≈ 85 µs of client and 60 µs of server CPU per ack, measured). A lost ack means
    // one redelivery after the ack wait, which every handler absorbs: actors are idempotent
    // by message id, republished steps are de-duplicated by msgId, turns recorded once.
    // Draining the connection on shutdown flushes the acks still in its buffer.
    try {
      this.#msg.ack();
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(
        new Error(`Cannot ack ${this.subject} delivery: ${describeError(err)}`, { cause: err }),
      );
    }
  }

  nak(delayMs?: number): void {
    if (this.settled) return;
    this.settled = true;
    this.#msg.nak(delayMs && delayMs > 0 ? delayMs : undefined);
  }

  term(): void {
    if (this.settled) return;
    this.settled = true;
    // No reason: nats-server 2.9 ignores a +TERM with a reason and redelivers.
    this.#msg.term();
  }

  /** Pushes the deadline back, unless it was (re)started less than `workingInterval` ago. */
  working(): void {
    if (this.settled) return;
    const now = this.#now();
    if (now - this.#since < this.#interval) return;
    this.#since = now;
    this.#msg.working();
  }
}

/** Runs a handler over a pull consumer's messages with at most `concurrency` at once. */
export class JsConsumer implements Consumer {
  readonly #open: () => Promise<ConsumerMessages>;
  #messages: ConsumerMessages | null = null;
  readonly #handler: DeliveryHandler;
  readonly #concurrency: number;
  readonly #drainLimitMs: number;
  readonly #deadline: (count: number) => number;
  readonly #names: Names;
  readonly #log: Logger;
  readonly #onClosed: (c: JsConsumer) => void;
  #running = 0;
  #stopping = false;
  #slot: (() => void) | null = null;
  #idle: (() => void)[] = [];
  readonly #wakeups = new Set<() => void>();
  readonly #loop: Promise<void>;

  constructor(opts: {
    /** Opens (or, after the server lost the consumer, re-creates and opens) the pull. */
    open: () => Promise<ConsumerMessages>;
    messages: ConsumerMessages;
    handler: DeliveryHandler;
    concurrency: number;
    /** The consumer's ack wait and backoff, in nanoseconds (its deliveries' deadlines). */
    ack: { ack_wait?: number; backoff?: number[] };
    names: Names;
    log: Logger;
    onClosed: (c: JsConsumer) => void;
  }) {
    // A drain waits for running handlers at most the longest ack deadline.
    this.#drainLimitMs = Math.max(
      ackDeadlineMs(opts.ack, 1),
      ...(opts.ack.backoff ?? []).map((n) => n / 1e6),
    );
    this.#deadline = (count) => ackDeadlineMs(opts.ack, count);
    this.#open = opts.open;
    this.#messages = opts.messages;
    this.#handler = opts.handler;
    this.#concurrency = opts.concurrency;
    this.#names = opts.names;
    this.#log = opts.log;
    this.#onClosed = opts.onClosed;
    this.#loop = this.#run();
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#stopping) {
      if (!this.#messages) {
        try {
          this.#messages = await this.#open();
          failures = 0;
        } catch (err) {
          failures++;
          this.#log.warn("cannot reopen consumer", { error: describeError(err), failures });
          await this.#pause(Math.min(5_000, 250 * 2 ** Math.min(failures, 5)));
          continue;
        }
        if (this.#stopping) {
          await this.#messages.close().catch(() => {});
          break;
        }
      }
      await this.#pump(this.#messages);
      this.#messages = null;
      if (!this.#stopping) this.#log.warn("consumer ended; reopening");
    }
  }

  /** Waits `ms`, or less if the consumer is drained meanwhile. */
  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wakeups = this.#wakeups;
      const timer: ReturnType<typeof setTimeout> = setTimeout(done, ms);
      wakeups.add(done);
      function done(): void {
        clearTimeout(timer);
        wakeups.delete(done);
        resolve();
      }
    });
  }

  async #pump(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const msg of messages) {
        if (this.#running >= this.#concurrency && !this.#stopping) {
          await new Promise<void>((resolve) => this.#slot = resolve);
        }
        if (this.#stopping) {
          // Pulled but not started: hand it back at once for another replica.
          msg.nak();
          continue;
        }
        this.#start(
          new JsDelivery(msg, this.#names, this.#deadline(msg.info.deliveryCount)),
        );
      }
    } catch (err) {
      this.#log.error("consumer stopped", { error: describeError(err) });
    }
  }

  #start(d: JsDelivery): void {
    this.#running++;
    let result: Promise<void>;
    try {
      result = this.#handler(d);
    } catch (err) {
      result = Promise.reject(err);
    }
    Promise.resolve(result).then(undefined, (err) => {
      this.#log.warn("delivery handler failed", {
        subject: d.subject,
        delivery: d.deliveryCount,
        error: describeError(err),
      });
      // An unsettled delivery whose handler threw is retried at once, up to maxDeliver.
      if (!d.settled) d.nak();
    }).finally(() => {
      this.#running--;
      const wake = this.#slot;
      this.#slot = null;
      wake?.();
      if (this.#running === 0) { for (const resolve of this.#idle.splice(0)) resolve(); }
    });
  }

  async drain(): Promise<void> {
    if (!this.#stopping) {
      this.#stopping = true;
      this.#onClosed(this);
      const wake = this.#slot;
      this.#slot = null;
      wake?.();
      for (const wake of [...this.#wakeups]) wake();
      await this.#messages?.close().catch(() => {});
    }
    await this.#loop;
    if (this.#running === 0) return;
    // Past its ack deadline a delivery goes to another replica anyway: stop waiting then,
    // so a stuck handler cannot hold a shutdown for ever.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const idle = new Promise<void>((resolve) => this.#idle.push(resolve));
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.#log.warn("drain gave up waiting for handlers", { running: this.#running });
        resolve();
      }, this.#drainLimitMs);
    });
    await Promise.race([idle, deadline]);
    clearTimeout(timer);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.drain();
  }
}
