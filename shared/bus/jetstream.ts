/**
 * The JetStream bus: a work-queue stream `MESH` (`mesh.<actor>`) with a durable pull
 * consumer per actor, dead letters on `MESH_DEAD`, human handoffs on `MESH_HANDOFF`, and
 * core NATS for replies and progress. Runs on nats-server 2.9 (Debian) and newer.
 */
import {
  connect,
  nanos,
  type NatsConnection,
  type Subscription as NatsSubscription,
} from "@nats-io/transport-node";
import {
  AckPolicy,
  type ConsumerConfig,
  DeliverPolicy,
  jetstream,
  type JetStreamClient,
  type JetStreamManager,
  jetstreamManager,
} from "@nats-io/jetstream";
import type { Handoff } from "../protocol.ts";
import { describeError } from "../errors.ts";
import { type Logger, silentLogger } from "../log.ts";
import {
  headersOf,
  isTransient,
  JsConsumer,
  type Names,
  namesFor,
  toHeaders,
} from "./jetstream_consumer.ts";
import { JetStreamHealth } from "./jetstream_health.ts";
import {
  API_TIMEOUT_MS,
  createOrUpdateConsumer,
  ensureStreams,
  type JetStreamBusOptions,
  maxDeliveryLetter,
  PROBE_TIMEOUT_MS,
  PUBLISH_TIMEOUT_MS,
  PULL_EXPIRES_MS,
  readDeadLetters,
  RETRY_FOR_MS,
} from "./jetstream_setup.ts";
export type { JetStreamBusOptions };
import { assertActorName, DEFAULT_CONCURRENCY, handoffHandler, handoffSubject } from "./common.ts";
import { announceGivenUp } from "./common.ts";
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

/** The bus over NATS JetStream; create it with `JetStreamBus.connect`. */
export class JetStreamBus implements Bus {
  readonly kind = "jetstream" as const;
  readonly policy: DeliveryPolicy;
  readonly #nc: NatsConnection;
  readonly #js: JetStreamClient;
  readonly #jsm: JetStreamManager;
  readonly #names: Names;
  readonly #replicas: number;
  readonly #log: Logger;
  readonly #consumers = new Set<JsConsumer>();
  readonly #ensured = new Map<string, Promise<void>>();
  readonly #health: JetStreamHealth;
  #advisories: NatsSubscription | null = null;
  #closed = false;

  private constructor(opts: {
    nc: NatsConnection;
    jsm: JetStreamManager;
    probeJsm: JetStreamManager;
    names: Names;
    policy: DeliveryPolicy;
    log: Logger;
    replicas: number;
  }) {
    this.#replicas = opts.replicas;
    this.#nc = opts.nc;
    this.#js = jetstream(opts.nc, { timeout: API_TIMEOUT_MS });
    this.#jsm = opts.jsm;
    this.#names = opts.names;
    this.policy = opts.policy;
    this.#log = opts.log;
    const { probeJsm, names } = opts;
    this.#health = new JetStreamHealth({
      nc: opts.nc,
      log: opts.log,
      // Listing the work stream's consumers needs JetStream up and the stream there.
      probe: async () => {
        const pending: Record<string, number> = {};
        for (const ci of await probeJsm.consumers.list(names.work).next()) {
          const subject = names.logical(ci.config.filter_subject ?? ci.name);
          pending[subject] = ci.num_pending + ci.num_ack_pending;
        }
        return pending;
      },
    });
  }

  /** Connects, creates (or updates) the streams and listens for max-delivery advisories. */
  static async connect(opts: JetStreamBusOptions): Promise<JetStreamBus> {
    const names = namesFor(opts.streamPrefix);
    const policy = { ...DEFAULT_DELIVERY_POLICY, ...opts.policy };
    const log = opts.log ?? silentLogger;
    const nc = await connect({
      servers: opts.servers,
      name: opts.name ?? "support-mesh",
      maxReconnectAttempts: -1,
      // Stack traces for every publish and ack cost ~1 ms of CPU a turn (bench profiles).
      noAsyncTraces: true,
      reconnectTimeWait: 500,
    });
    try {
      const jsm = await jetstreamManager(nc, { timeout: API_TIMEOUT_MS });
      const probeJsm = await jetstreamManager(nc, { timeout: PROBE_TIMEOUT_MS, checkAPI: false });
      const replicas = opts.replicas ?? 1;
      const bus = new JetStreamBus({ nc, jsm, probeJsm, names, policy, log, replicas });
      await ensureStreams(bus.#jsm, bus.#names, {
        replicas: bus.#replicas,
        duplicateWindowMs: bus.policy.duplicateWindowMs,
      });
      bus.#listenForMaxDeliveries();
      log.info("bus connected", {
        bus: "jetstream",
        server: nc.getServer(),
        version: nc.info?.version,
      });
      return bus;
    } catch (err) {
      await nc.close().catch(() => {});
      throw err;
    }
  }

  async publish(actor: string, data: Uint8Array, opts: PublishOptions = {}): Promise<void> {
    assertActorName(actor);
    const subject = this.#names.wire(actorSubject(actor));
    const headers = toHeaders(opts.headers);
    // Without a msgId a retried publish may store the message twice: at-least-once.
    await this.#retrying("publish", () =>
      this.#js.publish(subject, data, {
        msgID: opts.msgId,
        headers,
        timeout: PUBLISH_TIMEOUT_MS,
      }));
  }

  async consume(
    actor: string,
    handler: DeliveryHandler,
    opts: ConsumeOptions = {},
  ): Promise<Consumer> {
    assertActorName(actor);
    const concurrency = Math.max(1, Math.floor(opts.concurrency ?? DEFAULT_CONCURRENCY));
    let backoff = this.policy.backoffMs;
    if (backoff.length >= this.policy.maxDeliver) {
      // The server requires max_deliver > len(backoff).
      backoff = backoff.slice(0, Math.max(0, this.policy.maxDeliver - 1));
    }
    return await this.#start(
      this.#names.work,
      {
        durable_name: actor,
        filter_subject: this.#names.wire(actorSubject(actor)),
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        // With backoff the server uses backoff[0] as the ack wait; say so to keep configs equal.
        ack_wait: nanos(backoff.length > 0 ? backoff[0] : this.policy.ackWaitMs),
        max_deliver: this.policy.maxDeliver,
        ...(backoff.length > 0 ? { backoff: backoff.map((ms) => nanos(ms)) } : {}),
        // Shared by all replicas; each replica caps itself at `concurrency`.
        max_ack_pending: Math.max(1_000, concurrency * 4),
      },
      handler,
      concurrency,
    );
  }

  notify(subject: string, data: Uint8Array, headers?: Record<string, string>): void {
    if (this.#closed) return;
    try {
      this.#nc.publish(this.#names.wire(subject), data, { headers: toHeaders(headers) });
    } catch (err) {
      this.#log.warn("notify failed", { subject, error: describeError(err) });
    }
  }

  subscribe(
    subject: string,
    handler: (data: Uint8Array, subject: string, headers: Readonly<Record<string, string>>) => void,
  ): Subscription {
    const sub = this.#nc.subscribe(this.#names.wire(subject), {
      callback: (err, msg) => {
        if (err) {
          this.#log.warn("subscription failed", { subject, error: describeError(err) });
          return;
        }
        try {
          handler(msg.data, this.#names.logical(msg.subject), headersOf(msg.headers));
        } catch (e) {
          this.#log.warn("subscriber failed", { subject: msg.subject, error: describeError(e) });
        }
      },
    });
    return { unsubscribe: () => sub.unsubscribe() };
  }

  deadLetter(entry: DeadLetter): Promise<void> {
    return this.#writeDeadLetter(entry);
  }

  async #writeDeadLetter(entry: DeadLetter, msgId?: string): Promise<void> {
    const token = entry.subject.split(".").pop()?.replace(/[^A-Za-z0-9_-]/g, "_") || "unknown";
    const data = new TextEncoder().encode(JSON.stringify(entry));
    await this.#retrying(
      "dead letter",
      () =>
        this.#js.publish(this.#names.wire(`mesh_dead.${token}`), data, {
          msgID: msgId,
          timeout: PUBLISH_TIMEOUT_MS,
        }),
    );
    this.#log.warn("dead letter", {
      subject: entry.subject,
      reason: entry.reason,
      deliveries: entry.deliveries,
    });
  }

  deadLetters(limit = 100): Promise<DeadLetter[]> {
    return readDeadLetters(this.#jsm, this.#names.dead, limit);
  }

  async publishHandoff(handoff: Handoff): Promise<void> {
    const data = new TextEncoder().encode(JSON.stringify(handoff));
    await this.#retrying(
      "publish handoff",
      () =>
        this.#js.publish(this.#names.wire(handoffSubject(handoff)), data, {
          msgID: handoff.id,
          timeout: PUBLISH_TIMEOUT_MS,
        }),
    );
  }

  async consumeHandoffs(
    name: string,
    handler: (handoff: Handoff, delivery: Delivery) => Promise<void>,
  ): Promise<Consumer> {
    assertActorName(name);
    const durable = `handoff_${name}`;
    return await this.#start(
      this.#names.handoff,
      {
        durable_name: durable,
        filter_subject: this.#names.wire("mesh_handoff.>"),
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: nanos(this.policy.ackWaitMs),
        // Handoffs are never given up: a human must see each one.
        max_deliver: -1,
        max_ack_pending: 1_000,
      },
      handoffHandler(handler, this),
      16,
    );
  }

  async status(): Promise<BusStatus> {
    const version = this.#nc.info?.version;
    const server = `nats-server ${version ?? "?"} at ${this.#nc.getServer()}`;
    // Connected means able to take a publish now, not merely not closed.
    const link = await this.#health.check();
    if (!link.ok) return { kind: this.kind, connected: false, server, detail: link.detail };
    return { kind: this.kind, connected: true, server, pending: link.pending };
  }

  async flush(): Promise<void> {
    await this.#nc.flush();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#consumers].map((c) => c.drain()));
    this.#advisories?.unsubscribe();
    try {
      await this.#nc.drain();
    } catch {
      await this.#nc.close().catch(() => {});
    }
    await this.#nc.closed();
  }

  async #start(
    stream: string,
    cfg: Partial<ConsumerConfig> & { durable_name: string },
    handler: DeliveryHandler,
    concurrency: number,
  ): Promise<Consumer> {
    if (this.#closed) throw new Error("Cannot consume: the bus is closed");
    await this.#retrying("create consumer", () => this.#ensureConsumer(stream, cfg));
    const open = () =>
      this.#retrying("open consumer", async () => {
        const consumer = await this.#js.consumers.get(stream, cfg.durable_name);
        return await consumer.consume({ max_messages: concurrency, expires: PULL_EXPIRES_MS });
      });
    const c = new JsConsumer({
      open: async () => {
        try {
          return await open();
        } catch (err) {
          // The server may have lost the stream or the consumer (a wiped store): recreate.
          this.#log.warn("reopening consumer", {
            consumer: cfg.durable_name,
            error: describeError(err),
          });
          await ensureStreams(this.#jsm, this.#names, {
            replicas: this.#replicas,
            duplicateWindowMs: this.policy.duplicateWindowMs,
          });
          await createOrUpdateConsumer(this.#jsm, stream, cfg);
          return await open();
        }
      },
      messages: await open(),
      handler,
      concurrency,
      names: this.#names,
      log: this.#log,
      ack: cfg,
      onClosed: (x) => this.#consumers.delete(x),
    });
    this.#consumers.add(c);
    return c;
  }

  /** Runs `fn`, trying again while it fails transiently, for up to RETRY_FOR_MS. */
  async #retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    const until = Date.now() + RETRY_FOR_MS;
    for (let attempt = 1;; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (this.#closed || !isTransient(err) || Date.now() > until) throw err;
        this.#log.warn(`${what} failed; retrying`, { attempt, error: describeError(err) });
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 100 * attempt)));
      }
    }
  }

  #ensureConsumer(stream: string, cfg: Partial<ConsumerConfig>): Promise<void> {
    const key = `${stream}/${cfg.durable_name}`;
    let ensured = this.#ensured.get(key);
    if (!ensured) {
      ensured = createOrUpdateConsumer(this.#jsm, stream, cfg);
      this.#ensured.set(key, ensured);
      ensured.catch(() => this.#ensured.delete(key));
    }
    return ensured;
  }

  /**
   * A message past max_deliver stays in a work-queue stream for ever; the server only
   * announces it. Move it to dead letters, delete it, announce it given up (one bus of many
   * handles each advisory: a queue group; the dead letter's msgId drops a repeat).
   */
  #listenForMaxDeliveries(): void {
    const subject = `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${this.#names.work}.*`;
    this.#advisories = this.#nc.subscribe(subject, {
      queue: `${this.#names.work}_dead_letters`,
      callback: (err, msg) => {
        if (err) return;
        void this.#moveToDeadLetters(msg.data).catch((e) => {
          this.#log.error("cannot move a message to dead letters", { error: describeError(e) });
        });
      },
    });
  }

  async #moveToDeadLetters(advisory: Uint8Array): Promise<void> {
    const found = await maxDeliveryLetter(this.#jsm, this.#names, advisory);
    if (!found) return;
    await this.#writeDeadLetter(found.entry, found.msgId);
    await found.remove();
    if (found.entry.message_id) announceGivenUp(this, found.entry.message_id, found.entry.subject);
  }
}
