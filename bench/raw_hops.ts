/**
 * Floor (b): a chain of raw JetStream hops of the mesh's length that do no work —
 * publish → consume → publish to the next hop → ack — on a stream and durable pull
 * consumers configured as the mesh's (file storage, work queue, msgId de-duplication,
 * explicit ack, same ack wait, max deliver and max ack pending), one connection per hop
 * as each actor's Worker has, carrying the mesh's own message bytes at each hop.
 * (The one place outside shared/bus that talks to NATS directly: it measures NATS itself.)
 */
import { connect, headers, nanos, type NatsConnection } from "@nats-io/transport-node";
import {
  AckPolicy,
  type ConsumerMessages,
  DeliverPolicy,
  DiscardPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from "@nats-io/jetstream";
import { DEFAULT_DELIVERY_POLICY } from "../shared/bus/types.ts";
import { round2, summarize, type Summary } from "./stats.ts";
import { cpuSecondsOfPid } from "./machine.ts";

/** The raw chain under open-loop load at one rate. */
export interface RawRate {
  rate: number;
  achieved_rate: number;
  latency: Summary;
  /** Achieved ≥ 95 % of offered and p99 ≤ 1 s. */
  sustained: boolean;
  /** CPU ms a chain: this process (all hops' clients) and nats-server. */
  cpu_ms_per_chain: { clients: number | null; nats: number | null };
}

/** The raw chain's figures. */
export interface RawHopsResult {
  hops: number;
  /** One chain at a time. */
  latency: Summary;
  /** `latency.p50_ms / hops`. */
  per_hop_p50_ms: number;
  /** Open loop at each rate. */
  rates: RawRate[];
  /** Highest rate sustained (chains a second). */
  max_rate: number;
  bytes_per_hop: number[];
}

/** Options of the raw chain. */
export interface RawHopsOptions {
  natsUrl: string;
  /** The encoded message as it reaches each hop (its length is the chain's length). */
  payloads: Uint8Array[];
  iterations: number;
  /** Runtime settings the mesh uses. */
  ackWaitMs: number;
  maxDeliver: number;
  concurrency: number;
  /** Open-loop rates, lowest first; stops after the first not sustained. */
  rates: number[];
  durationMs: number;
  natsPid: number | null;
  /**
   * nats.js `noAsyncTraces`: no Error (with its stack) made up front per request, i.e. per
   * publish. The mesh's bus turns them off too (shared/bus/jetstream.ts).
   */
  noAsyncTraces?: boolean;
}

const STREAM = "BENCH_RAW";
const SUBJECT = "bench_raw";

/** Runs the raw hop chain and removes its stream afterwards. */
export async function rawHops(o: RawHopsOptions): Promise<RawHopsResult> {
  const hops = o.payloads.length;
  const conns: NatsConnection[] = [];
  for (let i = 0; i <= hops; i++) {
    conns.push(await connect({ servers: o.natsUrl, noAsyncTraces: o.noAsyncTraces ?? false }));
  }
  const jsm = await jetstreamManager(conns[0]);
  await jsm.streams.delete(STREAM).catch(() => {});
  await jsm.streams.add({
    name: STREAM,
    subjects: [`${SUBJECT}.*`],
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: 1,
    retention: RetentionPolicy.Workqueue,
    duplicate_window: nanos(DEFAULT_DELIVERY_POLICY.duplicateWindowMs),
  });
  const pulls: ConsumerMessages[] = [];
  const waiters = new Map<string, () => void>();
  const replies = conns[0].subscribe(`${SUBJECT}_reply`, {
    callback: (_err, m) => waiters.get(m.headers?.get("Mesh-Message-Id") ?? "")?.(),
  });
  try {
    for (let i = 0; i < hops; i++) {
      await jsm.consumers.add(STREAM, {
        durable_name: `h${i}`,
        filter_subject: `${SUBJECT}.h${i}`,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: nanos(o.ackWaitMs),
        max_deliver: o.maxDeliver,
        max_ack_pending: Math.max(1_000, o.concurrency * 4),
      });
      const nc = conns[i + 1];
      const js = jetstream(nc);
      const pull = await (await js.consumers.get(STREAM, `h${i}`)).consume({
        max_messages: o.concurrency,
      });
      pulls.push(pull);
      const last = i === hops - 1;
      (async () => {
        for await (const m of pull) {
          // Like the runtime: forward first, then ack (not awaiting a confirmation).
          (async () => {
            const id = m.headers?.get("Mesh-Message-Id") ?? "";
            const h = headers();
            h.set("Mesh-Message-Id", id);
            if (last) nc.publish(`${SUBJECT}_reply`, m.data, { headers: h });
            else {
              await js.publish(`${SUBJECT}.h${i + 1}`, o.payloads[i + 1], {
                msgID: `${id}:${i + 1}`,
                headers: h,
              });
            }
            m.ack();
          })().catch(() => {});
        }
      })();
    }
    const js0 = jetstream(conns[0]);
    const send = async (): Promise<number> => {
      const id = crypto.randomUUID();
      const h = headers();
      h.set("Mesh-Message-Id", id);
      const t0 = performance.now();
      const done = new Promise<void>((resolve) => waiters.set(id, resolve));
      await js0.publish(`${SUBJECT}.h0`, o.payloads[0], { msgID: `${id}:0`, headers: h });
      await done;
      waiters.delete(id);
      return performance.now() - t0;
    };
    for (let i = 0; i < Math.min(50, o.iterations); i++) await send();
    const sample: number[] = [];
    for (let i = 0; i < o.iterations; i++) sample.push(await send());
    const latency = summarize(sample);
    const rates: RawRate[] = [];
    for (const rate of o.rates) {
      const r = await openLoop(send, rate, o.durationMs, o.natsPid);
      rates.push(r);
      if (!r.sustained) break;
    }
    return {
      hops,
      latency,
      per_hop_p50_ms: Math.round((latency.p50_ms / hops) * 1000) / 1000,
      rates,
      max_rate: rates.filter((r) => r.sustained).at(-1)?.rate ?? 0,
      bytes_per_hop: o.payloads.map((p) => p.length),
    };
  } finally {
    replies.unsubscribe();
    for (const p of pulls) await p.close().catch(() => {});
    await jsm.streams.delete(STREAM).catch(() => {});
    for (const nc of conns) await nc.close().catch(() => {});
  }
}

async function openLoop(
  send: () => Promise<number>,
  rate: number,
  durationMs: number,
  natsPid: number | null,
): Promise<RawRate> {
  const n = Math.round((rate * durationMs) / 1000);
  const interval = 1000 / rate;
  const out: Promise<number>[] = [];
  const cpu0 = cpuSecondsOfPid(Deno.pid);
  const nats0 = natsPid ? cpuSecondsOfPid(natsPid) : null;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const wait = t0 + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const lag = performance.now() - (t0 + i * interval);
    out.push(send().then((ms) => ms + lag, () => Infinity));
  }
  const all = await Promise.all(out);
  const span = (performance.now() - t0) / 1000;
  const cpu1 = cpuSecondsOfPid(Deno.pid);
  const nats1 = natsPid ? cpuSecondsOfPid(natsPid) : null;
  const latency = summarize(all.filter(Number.isFinite));
  const achieved = all.filter(Number.isFinite).length / span;
  const per = (a: number | null, b: number | null) =>
    a === null || b === null ? null : round2(((b - a) * 1000) / n);
  return {
    rate,
    achieved_rate: Math.round(achieved),
    latency,
    sustained: achieved >= 0.95 * rate && latency.p99_ms <= 1000,
    cpu_ms_per_chain: { clients: per(cpu0, cpu1), nats: per(nats0, nats1) },
  };
}
