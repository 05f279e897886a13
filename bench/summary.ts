/**
 * Builds the one JSON object the benchmark prints from its parts, with the names outside
 * tools read (`in_process` / `nats` → `p50_ms`, `p95_ms`, `p99_ms`, `max_rate`;
 * `ratio_to_direct`, `ratio_to_raw_hops`, `actors`, `websocket`, `rss_mb`), and judges
 * the targets.
 */
import type { FloorsResult } from "./floors.ts";
import type { SystemPhaseResult } from "./system_phase.ts";
import type { LoadSample, MachineInfo } from "./machine.ts";
import type { NluBenchResult } from "./nlu_bench.ts";
import type { RateResult } from "./open_loop.ts";
import type { WsResult } from "./ws_load.ts";
import { round2 } from "./stats.ts";
import type { ProfileSummary } from "./profile_top.ts";

/** Figures of one bus. */
export interface BusFigures {
  /** The offered rate the percentiles below are from: the highest sustained one. */
  at_rate: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Highest offered rate that was sustained (turns/s); 0 when none was. */
  max_rate: number;
  /** Turns/s achieved at that rate. */
  max_rate_achieved: number;
  /** One turn at a time (nothing else running): the unloaded latency. */
  sequential: RateResult | null;
  /** True when the highest rate tried was sustained: the real maximum is higher. */
  max_rate_is_lower_bound: boolean;
  start_ms: number;
  rates: RateResult[];
  use: SystemPhaseResult["use"];
}

/** The benchmark's JSON. */
export interface BenchReport {
  mode: "quick" | "full";
  /** What was changed from the defaults for this run (experiments). */
  settings: Parts["settings"];
  date: string;
  machine: MachineInfo;
  load_before: LoadSample;
  load_after: LoadSample;
  in_process: BusFigures | null;
  nats: BusFigures | null;
  /** With `--postgres=both`: the same parts again with the history in PostgreSQL. */
  in_process_postgres: BusFigures | null;
  nats_postgres: BusFigures | null;
  /** NATS mesh p50 at the lowest rate over the direct chain's p50. */
  ratio_to_direct: number | null;
  /** NATS mesh p50 at the lowest rate over the raw hop chain's p50. */
  ratio_to_raw_hops: number | null;
  /** Same, inside the mesh only (`trace.total_ms`, no HTTP or gateway). */
  ratio_mesh_only_to_raw_hops: number | null;
  /** At the target rate: NATS mesh p50 over the raw chain's p50 at that rate. */
  ratio_to_raw_hops_at_target: number | null;
  ratio_basis: string;
  floors: Omit<FloorsResult, "actors" | "profiles"> | null;
  /** Actor → messages/s of `process` with the runtime's concurrency. */
  actors: Record<string, number | null>;
  actors_detail: FloorsResult["actors"] | null;
  websocket: (WsResult & { bus: string; served: boolean }) | null;
  /** The socket test on the in-process bus too, when it ran there. */
  websocket_in_process: WsResult | null;
  /**
   * Resident MB: idle after start; `load` the most while the load was sustained (rates the
   * system kept up with, and the sockets); `peak` the most at all, overloads included.
   */
  rss_mb: {
    in_process: { idle: number; load: number; peak: number } | null;
    nats: {
      idle: number;
      load: number;
      peak: number;
      nats_server_idle: number | null;
      nats_server_load: number | null;
      total_load: number;
    } | null;
  };
  nlu: NluBenchResult | null;
  targets: { name: string; target: string; value: string; met: boolean | null }[];
  /** Top costs (with `--profile`): each actor alone, through the runtime, each system. */
  profiles: Record<string, ProfileSummary> | null;
  /** CPU ms a turn by category on each system's main thread (with `--profile`). */
  cpu_ms_per_turn_by_category: Record<string, Record<string, number>> | null;
  errors: string[];
}

/** Inputs of `buildReport`. */
export interface Parts {
  settings: {
    env: Record<string, string>;
    /** Where the systems kept their history (`both`: each system part on each). */
    history: "sqlite" | "postgresql" | "both";
    spread_addresses: boolean;
    only: string[];
    rates: number[] | null;
  };
  mode: "quick" | "full";
  targetRate: number;
  machine: MachineInfo;
  loadBefore: LoadSample;
  loadAfter: LoadSample;
  inProcess: SystemPhaseResult | null;
  nats: SystemPhaseResult | null;
  /** The system parts on PostgreSQL (`--postgres=both`), else absent. */
  inProcessPostgres?: SystemPhaseResult | null;
  natsPostgres?: SystemPhaseResult | null;
  floors: FloorsResult | null;
  nlu: NluBenchResult | null;
  /** Whole-process profiles read after the run (the NATS system's Workers). */
  extraProfiles: Record<string, ProfileSummary>;
  errors: string[];
}

function busFigures(r: SystemPhaseResult): BusFigures {
  const rates = r.client.rates;
  const sustained = rates.filter((x) => x.sustained);
  // The highest sustained rate below the first that was not (rates are in order).
  const firstBad = rates.find((x) => !x.sustained)?.offered_rate ?? Infinity;
  const best = sustained.filter((x) => x.offered_rate < firstBad).at(-1);
  // Latency at capacity: the highest sustained rate (else one at a time, else the lowest).
  const at = best ?? r.client.sequential ?? rates[0];
  return {
    at_rate: at.offered_rate,
    p50_ms: at.latency.p50_ms,
    p95_ms: at.latency.p95_ms,
    p99_ms: at.latency.p99_ms,
    max_ms: at.latency.max_ms,
    max_rate: best?.offered_rate ?? 0,
    max_rate_achieved: best?.achieved_rate ?? 0,
    max_rate_is_lower_bound: best !== undefined && rates.every((x) => x.sustained),
    start_ms: r.start_ms,
    sequential: r.client.sequential,
    rates,
    use: r.use,
  };
}

function ratio(a: number | undefined, b: number | undefined): number | null {
  return a && b ? round2(a / b) : null;
}

/** Puts the parts together. */
export function buildReport(p: Parts): BenchReport {
  const inProcess = p.inProcess ? busFigures(p.inProcess) : null;
  const nats = p.nats ? busFigures(p.nats) : null;
  // One turn at a time, like the floors; the lowest open-loop rate when that did not run.
  const lowest = p.nats?.client.sequential ?? nats?.rates[0];
  const atTarget = nats?.rates.find((r) => r.offered_rate === p.targetRate);
  const rawAtTarget = p.floors?.raw_hops?.rates.find((r) => r.rate === p.targetRate);
  const direct = p.floors?.direct;
  const raw = p.floors?.raw_hops;
  const ws = p.nats?.client.ws ?? p.inProcess?.client.ws ?? null;
  const wsBus = p.nats?.client.ws ? "nats" : "in_process";
  const actors: Record<string, number | null> = {};
  for (const [name, t] of Object.entries(p.floors?.actors ?? {})) {
    actors[name] = t ? t.concurrent : null;
  }
  const natsLoad = p.nats ? sustainedRss(p.nats) : null;
  const report: BenchReport = {
    mode: p.mode,
    settings: p.settings,
    date: new Date().toISOString(),
    machine: p.machine,
    load_before: p.loadBefore,
    load_after: p.loadAfter,
    in_process: inProcess,
    nats,
    in_process_postgres: p.inProcessPostgres ? busFigures(p.inProcessPostgres) : null,
    nats_postgres: p.natsPostgres ? busFigures(p.natsPostgres) : null,
    ratio_to_direct: ratio(lowest?.latency.p50_ms, direct?.latency.p50_ms),
    ratio_to_raw_hops: ratio(lowest?.latency.p50_ms, raw?.latency.p50_ms),
    ratio_mesh_only_to_raw_hops: ratio(lowest?.mesh_ms.p50_ms, raw?.latency.p50_ms),
    // Only meaningful when both kept up at that rate.
    ratio_to_raw_hops_at_target: atTarget?.sustained && rawAtTarget?.sustained
      ? ratio(atTarget.latency.p50_ms, rawAtTarget.latency.p50_ms)
      : null,
    ratio_basis: p.nats?.client.sequential
      ? "NATS mesh end-to-end p50 with one turn at a time (HTTP, gateway included) over each " +
        "floor's p50, also one at a time"
      : `NATS mesh end-to-end p50 at the lowest offered rate (${
        lowest?.offered_rate ?? "?"
      }/s) over each floor's p50 measured one turn at a time`,
    floors: p.floors
      ? {
        direct: p.floors.direct,
        raw_hops: p.floors.raw_hops,
        raw_hops_no_traces: p.floors.raw_hops_no_traces,
      }
      : null,
    actors,
    actors_detail: p.floors?.actors ?? null,
    websocket: ws
      ? { ...ws, bus: wsBus, served: ws.connected === ws.sockets && ws.replied === ws.sent }
      : null,
    websocket_in_process: p.nats?.client.ws ? p.inProcess?.client.ws ?? null : null,
    rss_mb: {
      in_process: p.inProcess
        ? {
          idle: p.inProcess.rss_mb.idle,
          load: sustainedRss(p.inProcess).system,
          peak: p.inProcess.rss_mb.load_max,
        }
        : null,
      nats: p.nats
        ? {
          idle: p.nats.rss_mb.idle,
          load: natsLoad!.system,
          peak: p.nats.rss_mb.load_max,
          nats_server_idle: p.nats.nats_rss_mb?.idle ?? null,
          nats_server_load: natsLoad!.nats,
          total_load: round2(natsLoad!.system + (natsLoad!.nats ?? 0)),
        }
        : null,
    },
    nlu: p.nlu,
    targets: [],
    profiles: profilesOf(p),
    cpu_ms_per_turn_by_category: perTurn(p),
    errors: p.errors,
  };
  report.targets = judge(report, p.targetRate);
  return report;
}

/** The most resident memory while the system kept up (sustained rates and the sockets). */
function sustainedRss(r: SystemPhaseResult): { system: number; nats: number | null } {
  // Only windows before the first overload: a heap grown by a backlog stays grown.
  const firstBad = Math.min(
    ...r.client.rates.filter((x) => !x.sustained).map((x) => x.window.start),
  );
  const keys = [
    ...r.client.rates.filter((x) => x.sustained && x.window.start < firstBad)
      .map((x) => String(x.offered_rate)),
    ...(r.client.ws && r.client.ws.window.start < firstBad ? ["ws"] : []),
  ];
  const use = keys.map((k) => r.use[k]).filter(Boolean);
  return {
    system: Math.max(r.rss_mb.idle, ...use.map((u) => u.rss_mb_max)),
    nats: r.nats_rss_mb
      ? Math.max(r.nats_rss_mb.idle, ...use.map((u) => u.nats_rss_mb_max ?? 0))
      : null,
  };
}

function perTurn(p: Parts): Record<string, Record<string, number>> | null {
  const out: Record<string, Record<string, number>> = {};
  for (const [name, r] of [["in_process", p.inProcess], ["nats", p.nats]] as const) {
    if (!r?.profile || !r.profile_turns) continue;
    out[name] = Object.fromEntries(
      r.profile.categories.map((c) => [c.category, round2(c.ms / r.profile_turns)]),
    );
    out[name].total = round2(r.profile.busy_ms / r.profile_turns);
  }
  return Object.keys(out).length ? out : null;
}

function profilesOf(p: Parts): Record<string, ProfileSummary> | null {
  const out: Record<string, ProfileSummary> = { ...p.floors?.profiles, ...p.extraProfiles };
  if (p.inProcess?.profile) out.in_process_main = p.inProcess.profile;
  if (p.nats?.profile) out.nats_main = p.nats.profile;
  return Object.keys(out).length ? out : null;
}

function judge(r: BenchReport, targetRate: number): BenchReport["targets"] {
  const t: BenchReport["targets"] = [];
  const n = r.nats;
  const at = n?.rates.find((x) => x.offered_rate === targetRate);
  const short = n && !at ? `not reached: saturates above ${n.max_rate} turns/s` : "not run";
  t.push({
    name: `NATS p50 at ${targetRate} turns/s`,
    target: "≤ 10 ms",
    value: at ? `${at.latency.p50_ms} ms${at.sustained ? "" : " (overloaded)"}` : short,
    met: at ? at.sustained && at.latency.p50_ms <= 10 : n ? false : null,
  });
  t.push({
    name: `NATS p99 at ${targetRate} turns/s`,
    target: "≤ 50 ms",
    value: at ? `${at.latency.p99_ms} ms${at.sustained ? "" : " (overloaded)"}` : short,
    met: at ? at.sustained && at.latency.p99_ms <= 50 : n ? false : null,
  });
  t.push({
    name: "mesh over raw hop chain",
    target: "≤ 2×",
    value: r.ratio_to_raw_hops === null ? "not run" : `${r.ratio_to_raw_hops}×`,
    met: r.ratio_to_raw_hops === null ? null : r.ratio_to_raw_hops <= 2,
  });
  const rates = Object.entries(r.actors).filter(([, v]) => v !== null) as [string, number][];
  const slow = rates.filter(([, v]) => v < 5000).map(([k, v]) => `${k} ${v}/s`);
  t.push({
    name: "every actor alone",
    target: "≥ 5,000 msgs/s",
    value: rates.length === 0 ? "not run" : slow.length ? `below: ${slow.join(", ")}` : "all",
    met: rates.length === 0 ? null : slow.length === 0,
  });
  const ws = r.websocket;
  t.push({
    name: "concurrent sockets served",
    target: "1,000",
    value: ws ? `${ws.connected} open, ${ws.replied}/${ws.sent} replies` : "not run",
    met: ws ? ws.sockets >= 1000 && ws.served : null,
  });
  const rss = r.rss_mb.nats;
  t.push({
    name: "resident, NATS system under load (+ nats-server)",
    target: "≤ 400 MB",
    value: rss ? `${rss.total_load} MB` : "not run",
    met: rss ? rss.total_load <= 400 : null,
  });
  return t;
}
