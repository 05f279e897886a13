/**
 * The one bus interface of the mesh: durable work queues per actor, core pub/sub for
 * replies and progress, a durable handoff stream and dead letters. Two adapters implement
 * it with the same delivery contract: in-process (`memory.ts`) and JetStream
 * (`jetstream.ts`).
 */
import type { Handoff } from "../protocol.ts";

/** Which adapter a bus is. */
export type BusKind = "in_process" | "jetstream";

/** One delivery of a work message to a consumer. */
export interface Delivery {
  /** The subject it was published on (`mesh.<actor>`). */
  readonly subject: string;
  /** The bytes as published; the runtime validates them. */
  readonly data: Uint8Array;
  /** 1 on the first delivery, 2 on the first redelivery… */
  readonly deliveryCount: number;
  /** Headers published with the message (trace context, message id). */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * Done: never deliver again. On JetStream the ack is sent without awaiting the server's
   * confirmation; should it be lost, the message comes once more after the ack wait.
   */
  ack(): Promise<void>;
  /** Not now: deliver again after `delayMs` (0 or absent: at once). */
  nak(delayMs?: number): void;
  /** Never deliver again, without success (the caller dead-letters or escalates). */
  term(): void;
  /**
   * Still working: push the redelivery deadline back by a full ack wait. JetStream sends
   * it only once a tenth of the deadline (at most a second) has passed since the delivery
   * or the last one sent, so calls close together cost one message or none.
   */
  working(): void;
}

/** Handles one delivery; must settle it (ack, nak or term). */
export type DeliveryHandler = (delivery: Delivery) => Promise<void>;

/** Options for `Bus.consume`. */
export interface ConsumeOptions {
  /** Most deliveries in flight at once for this consumer (max_ack_pending). Default 64. */
  concurrency?: number;
}

/** A running consumer. */
export interface Consumer extends AsyncDisposable {
  /** Stops taking new deliveries and waits for those in flight to settle. */
  drain(): Promise<void>;
}

/** A message that could not be delivered or processed, kept with the reason. */
export interface DeadLetter {
  /** Subject the message was on. */
  subject: string;
  /** Why it is here: `invalid envelope: …`, `max deliveries reached`, … */
  reason: string;
  /** The message bytes as text. */
  data: string;
  /** How many deliveries it had. */
  deliveries: number;
  /** When it was dead-lettered (ISO). */
  at: string;
  /** The mesh message's id (its `Mesh-Message-Id` header), when it had one. */
  message_id?: string;
}

/**
 * The core subject a work message given up after `maxDeliver` deliveries is announced on
 * (best effort, `{message_id, subject}`): the gateway that sent the turn sends it again at
 * once instead of leaving it to the recovery sweep.
 */
export const GIVEN_UP_SUBJECT = "mesh.given_up";

/** What is announced on `GIVEN_UP_SUBJECT`. */
export interface GivenUp {
  message_id: string;
  subject: string;
}

/** The header carrying a work message's mesh message id. */
export const MESSAGE_ID_HEADER = "Mesh-Message-Id";

/** Options for publishing a work message. */
export interface PublishOptions {
  /** De-duplication id: a second publish with the same id within the window is dropped. */
  msgId?: string;
  headers?: Record<string, string>;
}

/** Health of a bus, shown by `/health/ready`. */
export interface BusStatus {
  kind: BusKind;
  connected: boolean;
  /** Server version and address for JetStream; absent in-process. */
  server?: string;
  /** Messages waiting per actor subject, where cheap to know. */
  pending?: Record<string, number>;
  detail?: string;
}

/** Delivery settings shared by both adapters. */
export interface DeliveryPolicy {
  /** A delivery not settled in this time is delivered again. Default 30 s. */
  ackWaitMs: number;
  /** Deliveries before a message is given up and dead-lettered. Default 5. */
  maxDeliver: number;
  /** Delays for redeliveries after an ack timeout (JetStream `backoff`). */
  backoffMs: number[];
  /** Window in which a repeated `msgId` is dropped. Default 2 min. */
  duplicateWindowMs: number;
}

/** Defaults of `DeliveryPolicy`. */
export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  ackWaitMs: 30_000,
  maxDeliver: 5,
  backoffMs: [],
  duplicateWindowMs: 120_000,
};

/** A subscription to a core subject. */
export interface Subscription {
  unsubscribe(): void;
}

/** The bus every part of the mesh talks through. */
export interface Bus extends AsyncDisposable {
  readonly kind: BusKind;
  /** Delivery settings in force. */
  readonly policy: DeliveryPolicy;
  /** Publishes a work message to an actor's queue (`mesh.<actor>`), durably. */
  publish(actor: string, data: Uint8Array, opts?: PublishOptions): Promise<void>;
  /** Consumes an actor's queue; replicas of one actor share it (each message to one). */
  consume(actor: string, handler: DeliveryHandler, opts?: ConsumeOptions): Promise<Consumer>;
  /** Fire-and-forget publish on a core subject (replies, progress). */
  notify(subject: string, data: Uint8Array, headers?: Record<string, string>): void;
  /** Subscribes to a core subject (wildcards `*` and `>` as in NATS). */
  subscribe(
    subject: string,
    handler: (data: Uint8Array, subject: string, headers: Readonly<Record<string, string>>) => void,
  ): Subscription;
  /** Stores a dead letter. */
  deadLetter(entry: DeadLetter): Promise<void>;
  /** Lists the newest dead letters, oldest first. */
  deadLetters(limit?: number): Promise<DeadLetter[]>;
  /** Publishes a human handoff on the durable handoff stream (de-duplicated by its id). */
  publishHandoff(handoff: Handoff): Promise<void>;
  /** Consumes handoffs durably under `name`; a handoff not acked is delivered again. */
  consumeHandoffs(
    name: string,
    handler: (handoff: Handoff, delivery: Delivery) => Promise<void>,
  ): Promise<Consumer>;
  /** Connection state for health checks. */
  status(): Promise<BusStatus>;
  /** Waits for published messages to be flushed to the server. */
  flush(): Promise<void>;
}

/** The subject of an actor's work queue. */
export function actorSubject(actor: string): string {
  return `mesh.${actor}`;
}

/** The subject the gateway `id` gets final replies on. */
export function replySubject(gatewayId: string): string {
  return `mesh.reply.${gatewayId}`;
}

/**
 * The subject a turn's end is announced on (core, best effort): `{message_id, reply_to}`,
 * so a gateway with a socket on the conversation learns of a reply whose accepting gateway
 * is gone. Gateways listen to `mesh.done.*`.
 */
export function doneSubject(conversationId: string): string {
  return `mesh.done.${conversationId}`;
}

/** What is announced on `doneSubject`. */
export interface TurnDone {
  message_id: string;
  reply_to: string;
}

/** The subject the gateway `id` gets per-actor progress on. */
export function progressSubject(gatewayId: string): string {
  return `mesh.progress.${gatewayId}`;
}
