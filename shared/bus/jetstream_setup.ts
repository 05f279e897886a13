/**
 * The JetStream bus's options, its streams and consumers (made to match our settings whoever
 * created them first: another replica, an older version) and the reading of its dead letters.
 */
import { nanos } from "@nats-io/transport-node";
import {
  type ConsumerConfig,
  DiscardPolicy,
  type JetStreamManager,
  RetentionPolicy,
  StorageType,
  type StreamConfig,
} from "@nats-io/jetstream";
import { isApiError, type Names } from "./jetstream_consumer.ts";
import { type DeadLetter, type DeliveryPolicy, MESSAGE_ID_HEADER } from "./types.ts";
import type { Logger } from "../log.ts";
import { MAX_DELIVERIES_REASON } from "./common.ts";

/** Per attempt of a publish; a lost request (e.g. during a server restart) is retried. */
export const PUBLISH_TIMEOUT_MS = 2_000;
/** How long transient failures (timeouts, no responders) are retried. */
export const RETRY_FOR_MS = 15_000;
/** Per JetStream API request; a lost one is retried while transient. */
export const API_TIMEOUT_MS = 3_000;
/** Per readiness probe: a JetStream that takes longer cannot take turns either. */
export const PROBE_TIMEOUT_MS = 1_000;
/**
 * Life of a pull request (the server sends idle heartbeats at half of it). On a cluster, when
 * a consumer's leader is lost its pending pulls go with it; two missed heartbeats make the
 * client pull again from the new leader. 5 s bounds that stall (with nats.js's default of
 * 30 s an actor could sit idle for 30 s after a server died), for one pull request per 5 s.
 */
export const PULL_EXPIRES_MS = 5_000;
/** Dead letters kept (oldest dropped first). */
export const DEAD_LETTER_KEEP = 10_000;
/** Handoffs are de-duplicated by id over a day. */
const HANDOFF_DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Creates the three streams, or updates them to our settings. */
export async function ensureStreams(
  jsm: JetStreamManager,
  names: Names,
  opts: { replicas: number; duplicateWindowMs: number },
): Promise<void> {
  const common = {
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: opts.replicas,
  };
  await ensureStream(jsm, {
    ...common,
    name: names.work,
    subjects: [names.wire("mesh.*")],
    retention: RetentionPolicy.Workqueue,
    duplicate_window: nanos(opts.duplicateWindowMs),
  });
  await ensureStream(jsm, {
    ...common,
    name: names.dead,
    subjects: [names.wire("mesh_dead.>")],
    retention: RetentionPolicy.Limits,
    max_msgs: DEAD_LETTER_KEEP,
    duplicate_window: nanos(opts.duplicateWindowMs),
  });
  await ensureStream(jsm, {
    ...common,
    name: names.handoff,
    subjects: [names.wire("mesh_handoff.>")],
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(HANDOFF_DUPLICATE_WINDOW_MS),
  });
}

async function ensureStream(
  jsm: JetStreamManager,
  cfg: Partial<StreamConfig> & { name: string },
): Promise<void> {
  try {
    await jsm.streams.add(cfg);
  } catch (err) {
    // 10058: the name is in use with another configuration (or another replica won).
    if (!isApiError(err, [10058], /already in use/i)) throw err;
    const { name, ...rest } = cfg;
    await jsm.streams.update(name, rest);
  }
}

/** Creates a durable consumer, or makes an existing one match `cfg`. */
export async function createOrUpdateConsumer(
  jsm: JetStreamManager,
  stream: string,
  cfg: Partial<ConsumerConfig>,
): Promise<void> {
  try {
    await jsm.consumers.add(stream, cfg);
  } catch (err) {
    // 10148 (2.10+) or 10013 (2.9): it exists with another configuration, or another
    // replica created it a moment ago. Either way make it match ours.
    if (!isApiError(err, [10148, 10013, 10105], /already exists|already in use/i)) throw err;
    await jsm.consumers.update(stream, cfg.durable_name!, cfg);
  }
}

/** The newest `limit` dead letters of `stream`, oldest first. */
export async function readDeadLetters(
  jsm: JetStreamManager,
  stream: string,
  limit = 100,
): Promise<DeadLetter[]> {
  const n = Math.max(0, Math.min(Math.floor(limit), DEAD_LETTER_KEEP));
  if (n === 0) return [];
  const info = await jsm.streams.info(stream);
  const { first_seq: first, last_seq: last, messages } = info.state;
  if (messages === 0) return [];
  const seqs: number[] = [];
  for (let seq = Math.max(first, last - n + 1); seq <= last; seq++) seqs.push(seq);
  const out: DeadLetter[] = [];
  for (let i = 0; i < seqs.length; i += 100) {
    const batch = await Promise.all(
      seqs.slice(i, i + 100).map((seq) =>
        jsm.streams.getMessage(stream, { seq }).catch(() => null)
      ),
    );
    for (const m of batch) {
      if (!m) continue;
      try {
        out.push(JSON.parse(new TextDecoder().decode(m.data)) as DeadLetter);
      } catch {
        // not written by this bus; skip
      }
    }
  }
  return out;
}

/** Options for `JetStreamBus.connect`. */
export interface JetStreamBusOptions {
  /** NATS server URL(s). */
  servers: string | string[];
  policy?: Partial<DeliveryPolicy>;
  log?: Logger;
  /**
   * Namespace for sharing one server: streams become `<prefix>_MESH`… and every subject
   * `<prefix>.mesh…` on the wire (callers still see `mesh…`). Default: none.
   */
  streamPrefix?: string;
  /** Connection name shown by the server. */
  name?: string;
  /** Replicas of the streams (3 on a 3-node cluster). Default 1. */
  replicas?: number;
}

/**
 * The dead letter of a message the server announced past max_deliver (null when it is gone
 * already), with a `remove` that deletes it from the work queue once the letter is written.
 */
export async function maxDeliveryLetter(
  jsm: JetStreamManager,
  names: Names,
  advisory: Uint8Array,
): Promise<{ entry: DeadLetter; msgId: string; remove(): Promise<void> } | null> {
  const event = JSON.parse(new TextDecoder().decode(advisory)) as {
    stream: string;
    consumer: string;
    stream_seq: number;
    deliveries: number;
  };
  const stored = await jsm.streams.getMessage(event.stream, { seq: event.stream_seq })
    .catch((err) => {
      if (isApiError(err, [10037], /no message found/i)) return null;
      throw err;
    });
  if (!stored) return null;
  const messageId = stored.header?.get(MESSAGE_ID_HEADER);
  return {
    entry: {
      subject: names.logical(stored.subject),
      reason: MAX_DELIVERIES_REASON,
      data: new TextDecoder().decode(stored.data),
      deliveries: event.deliveries,
      at: new Date().toISOString(),
      ...(messageId ? { message_id: messageId } : {}),
    },
    msgId: `max-${event.stream}-${event.stream_seq}`,
    async remove() {
      await jsm.streams.deleteMessage(event.stream, event.stream_seq, false).catch((err) => {
        if (!isApiError(err, [10037], /no message found/i)) throw err;
      });
    },
  };
}
