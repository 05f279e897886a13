/**
 * Open-loop load: turns sent on a fixed timetable whatever the replies do, each
 * measured from its scheduled send time, so a slow system cannot slow the load down and
 * hide its own latency (no coordinated omission).
 */
import { round2, summarize, type Summary } from "./stats.ts";
import type { BenchSession, MessageMix } from "./population.ts";

/** One rate's figures. */
export interface RateResult {
  offered_rate: number;
  duration_s: number;
  sent: number;
  /** Answered 200 with the reply. */
  ok: number;
  /** Answered 202: the gateway stopped waiting (TURN_TIMEOUT_MS). */
  pending: number;
  errors: number;
  error_samples: string[];
  /** ok turns a second, from the first reply to the last (the sending window at least). */
  achieved_rate: number;
  /** Achieved ≥ 95 % of offered, ≥ 99 % answered, p99 ≤ 1 s. */
  sustained: boolean;
  /** End-to-end, from scheduled send to the reply's last byte (ok turns). */
  latency: Summary;
  /** How late the generator sent, behind its timetable. */
  send_lag: Summary;
  /** Inside the mesh: gateway accepted → aggregator started (`trace.total_ms`). */
  mesh_ms: Summary;
  /** What the bus and runtimes add per hop: (mesh − actors' own time) / hops. */
  hop_overhead_ms: Summary;
  /** Gateway and HTTP around the mesh: end-to-end − lag − mesh. */
  gateway_ms: Summary;
  /** Each actor's own step time (`route.history` ms): median and mean. */
  actor_ms: Record<string, { p50_ms: number; mean_ms: number; n: number }>;
  /** Route length (hops) seen: hops → turns. */
  hops: Record<string, number>;
  /** Epoch ms of the window (for matching memory and CPU samples). */
  window: { start: number; end: number };
}

interface Trace {
  total_ms: number | null;
  actors: { actor: string; outcome: string; ms: number }[];
}

/** Options of one open-loop run. */
export interface OpenLoopOptions {
  url: string;
  sessions: BenchSession[];
  mix: MessageMix;
  rate: number;
  durationMs: number;
  /** A request still open after this long is an error. */
  requestTimeoutMs: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Sends `turns` turns one after another, each when the last reply is in. */
export async function runSequential(
  o: Omit<OpenLoopOptions, "rate" | "durationMs"> & { turns: number },
): Promise<RateResult> {
  const rec = recorder(o);
  const t0 = performance.now();
  const startEpoch = Date.now();
  for (let i = 0; i < o.turns; i++) await rec.fire(i, performance.now());
  const spanMs = performance.now() - t0;
  return rec.result({
    rate: o.turns / (spanMs / 1000),
    durationMs: spanMs,
    n: o.turns,
    t0,
    window: { start: startEpoch, end: Date.now() },
    sustained: () => true,
  });
}

/** Sends `rate` turns a second for `durationMs` and measures every one. */
export async function runOpenLoop(o: OpenLoopOptions): Promise<RateResult> {
  const interval = 1000 / o.rate;
  const n = Math.max(1, Math.round((o.rate * o.durationMs) / 1000));
  const rec = recorder(o);
  const inflight: Promise<void>[] = [];
  const t0 = performance.now() + 20;
  const startEpoch = Date.now() + 20;
  let i = 0;
  while (i < n) {
    const now = performance.now();
    while (i < n && t0 + i * interval <= now) {
      inflight.push(rec.fire(i, t0 + i * interval));
      i++;
    }
    if (i < n) await sleep(Math.max(0, t0 + i * interval - performance.now()));
  }
  await Promise.all(inflight);
  return rec.result({
    rate: o.rate,
    durationMs: o.durationMs,
    n,
    t0,
    window: { start: startEpoch, end: Date.now() },
    sustained: (achieved, ok, latency) =>
      achieved >= 0.95 * o.rate && ok >= 0.99 * n && latency.p99_ms <= 1000,
  });
}

/** Sends turns and collects what each one measured. */
function recorder(o: Omit<OpenLoopOptions, "rate" | "durationMs">) {
  const latencies: number[] = [];
  const lags: number[] = [];
  const mesh: number[] = [];
  const perHop: number[] = [];
  const gateway: number[] = [];
  const actorTimes = new Map<string, number[]>();
  const hops: Record<string, number> = {};
  const errorSamples = new Set<string>();
  let ok = 0, pending = 0, errors = 0, lastDone = 0, firstDone = Infinity;

  async function fire(i: number, scheduled: number): Promise<void> {
    const s = o.sessions[i % o.sessions.length];
    const { text } = o.mix.next(s.persona);
    const sentAt = performance.now();
    lags.push(sentAt - scheduled);
    try {
      const res = await fetch(`${o.url}/api/chat`, {
        client: s.client,
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ message: text }),
        signal: AbortSignal.timeout(o.requestTimeoutMs),
      });
      const body = await res.json();
      const done = performance.now();
      if (res.status === 202) {
        pending++;
        return;
      }
      if (res.status !== 200) {
        errors++;
        if (errorSamples.size < 5) errorSamples.add(`${res.status} ${body?.detail ?? ""}`);
        return;
      }
      ok++;
      lastDone = Math.max(lastDone, done);
      firstDone = Math.min(firstDone, done);
      const e2e = done - scheduled;
      latencies.push(e2e);
      const trace = body.trace as Trace;
      if (trace?.total_ms !== null && trace?.total_ms !== undefined) {
        mesh.push(trace.total_ms);
        const own = trace.actors.filter((a) => a.actor !== "aggregator")
          .reduce((sum, a) => sum + a.ms, 0);
        perHop.push((trace.total_ms - own) / Math.max(1, trace.actors.length));
        gateway.push(e2e - (sentAt - scheduled) - trace.total_ms);
      }
      hops[trace.actors.length] = (hops[trace.actors.length] ?? 0) + 1;
      for (const a of trace.actors) {
        const list = actorTimes.get(a.actor) ?? [];
        list.push(a.ms);
        actorTimes.set(a.actor, list);
      }
    } catch (err) {
      errors++;
      if (errorSamples.size < 5) errorSamples.add(err instanceof Error ? err.message : String(err));
    }
  }

  function result(r: {
    rate: number;
    durationMs: number;
    n: number;
    t0: number;
    window: { start: number; end: number };
    sustained: (achieved: number, ok: number, latency: Summary) => boolean;
  }): RateResult {
    // From the first reply to the last: a system that keeps up answers over about the
    // sending window, however long each turn takes; a backlog stretches it.
    const spanS = Math.max(r.durationMs * (1 - 1 / Math.max(1, r.n)), lastDone - firstDone) / 1000;
    const latency = summarize(latencies);
    const achieved = ok === 0 ? 0 : ok / spanS;
    const actor_ms: RateResult["actor_ms"] = {};
    for (const [name, list] of actorTimes) {
      const s = summarize(list);
      actor_ms[name] = { p50_ms: s.p50_ms, mean_ms: s.mean_ms, n: s.n };
    }
    return {
      offered_rate: round2(r.rate),
      duration_s: round2(r.durationMs / 1000),
      sent: r.n,
      ok,
      pending,
      errors,
      error_samples: [...errorSamples],
      achieved_rate: round2(achieved),
      sustained: r.sustained(achieved, ok, latency),
      latency,
      send_lag: summarize(lags),
      mesh_ms: summarize(mesh),
      hop_overhead_ms: summarize(perHop),
      gateway_ms: summarize(gateway),
      actor_ms,
      hops,
      window: r.window,
    };
  }

  return { fire, result };
}
