/**
 * One whole system under load, in this process: started on the in-process bus or on
 * NATS with Workers (temporary data folder), driven by the load generator in its own
 * process, while memory and CPU of this process, nats-server and the generator are
 * sampled.
 */
import { loadConfig } from "../shared/config.ts";
import { silentLogger } from "../shared/log.ts";
import { startSystem } from "../system/start.ts";
import type { ClientPlan, ClientResult } from "./load_client.ts";
import { cpuSecondsOfPid, ownRssMb, rssOfPid } from "./machine.ts";
import { note, runPart } from "./subprocess.ts";
import { round2 } from "./stats.ts";
import { startProfile } from "./profiler.ts";
import type { ProfileSummary } from "./profile_top.ts";

/** Options of the system phase. */
export interface SystemPhaseOptions {
  bus: "in_process" | "nats";
  natsUrl?: string;
  natsPid?: number;
  plan: Omit<ClientPlan, "url" | "storeUrl">;
  /** Extra environment for the system's config. */
  env?: Record<string, string>;
  clientTimeoutMs: number;
  /** Profile this process's main thread while the load runs, into this folder. */
  profileDir?: string | null;
}

/** Memory and CPU over one window. */
export interface WindowUse {
  rss_mb_max: number;
  nats_rss_mb_max: number | null;
  /** CPU seconds per second of wall time (1.0 = one core busy). */
  cpu_cores: { system: number; nats: number | null; client: number | null };
  /** CPU ms spent per answered turn. */
  cpu_ms_per_turn: { system: number; nats: number | null; client: number | null } | null;
}

/** What the system phase reports. */
export interface SystemPhaseResult {
  bus: "in_process" | "nats";
  start_ms: number;
  rss_mb: { idle: number; load_max: number };
  nats_rss_mb: { idle: number; load_max: number } | null;
  /** Per offered rate, then `ws`. */
  use: Record<string, WindowUse>;
  client: ClientResult;
  /** Top costs of the main thread under load (with `profileDir`). */
  profile: ProfileSummary | null;
  /** Turns sent while the profile ran (to put its costs per turn). */
  profile_turns: number;
}

interface Sample {
  t: number;
  rss: number;
  natsRss: number | null;
  cpu: number | null;
  natsCpu: number | null;
  clientCpu: number | null;
}

/** Starts the system, runs the load client against it, samples resources, stops. */
export async function runSystemPhase(o: SystemPhaseOptions): Promise<SystemPhaseResult> {
  const dataDir = await Deno.makeTempDir({ prefix: `bench_${o.bus}_` });
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    BUS: o.bus,
    NATS_URL: o.natsUrl,
    DATA_DIR: dataDir,
    MOCKS_PORT: "0",
    LOG_LEVEL: "error",
    RATE_LIMIT_SESSION: "1000000",
    RATE_LIMIT_IP: "100000000",
    RATE_LIMIT_NEW_SESSIONS_IP: "100000000",
    RATE_LIMIT_NEW_SESSIONS_EMAIL: "100000000",
    TURN_TIMEOUT_MS: "10000",
    ...o.env,
  });
  const t0 = performance.now();
  const system = await startSystem({ config, log: silentLogger });
  const startMs = Math.round(performance.now() - t0);
  note(`${o.bus}: system started in ${startMs} ms at ${system.url}`);
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const idle = ownRssMb();
    const natsIdle = o.natsPid ? rssOfPid(o.natsPid) : null;
    let clientPid: number | null = null;
    const samples: Sample[] = [];
    const sample = () =>
      samples.push({
        t: Date.now(),
        rss: ownRssMb(),
        natsRss: o.natsPid ? rssOfPid(o.natsPid) : null,
        cpu: cpuSecondsOfPid(Deno.pid),
        natsCpu: o.natsPid ? cpuSecondsOfPid(o.natsPid) : null,
        clientCpu: clientPid ? cpuSecondsOfPid(clientPid) : null,
      });
    const sampler = setInterval(sample, 200);
    const profiling = o.profileDir ? await startProfile(o.profileDir, `${o.bus}_main`) : null;
    let profile: ProfileSummary | null = null;
    let client: ClientResult;
    try {
      const plan: ClientPlan = { ...o.plan, url: system.url!, storeUrl: system.storeUrl };
      client = await runPart<ClientResult>({
        module: "load_client.ts",
        args: [JSON.stringify(plan)],
        timeoutMs: o.clientTimeoutMs,
        onStart: (pid) => (clientPid = pid),
      });
    } finally {
      clearInterval(sampler);
      profile = (await profiling?.stop()) ?? null;
    }
    const use: Record<string, WindowUse> = {};
    for (const r of client.rates) use[String(r.offered_rate)] = windowUse(samples, r.window, r.ok);
    if (client.ws) use.ws = windowUse(samples, client.ws.window, client.ws.replied);
    const loadMax = Math.max(idle, ...samples.map((s) => s.rss));
    const natsMax = Math.max(natsIdle ?? 0, ...samples.map((s) => s.natsRss ?? 0));
    return {
      bus: o.bus,
      start_ms: startMs,
      rss_mb: { idle, load_max: loadMax },
      nats_rss_mb: natsIdle === null ? null : { idle: natsIdle, load_max: natsMax },
      use,
      client,
      profile,
      profile_turns: client.warmup_sent + (client.sequential?.sent ?? 0) +
        client.rates.reduce((n, r) => n + r.sent, 0) + (client.ws?.sent ?? 0),
    };
  } finally {
    await system.stop();
    await Deno.remove(dataDir, { recursive: true }).catch(() => {});
  }
}

function windowUse(samples: Sample[], w: { start: number; end: number }, turns: number): WindowUse {
  const inside = samples.filter((s) => s.t >= w.start - 100 && s.t <= w.end + 100);
  const first = inside[0], last = inside.at(-1);
  const span = first && last ? (last.t - first.t) / 1000 : 0;
  const delta = (k: "cpu" | "natsCpu" | "clientCpu") =>
    first && last && first[k] !== null && last[k] !== null ? last[k]! - first[k]! : null;
  const cores = (d: number | null) => (d === null || span <= 0 ? null : round2(d / span));
  const perTurn = (
    d: number | null,
  ) => (d === null || turns === 0 ? null : round2((d * 1000) / turns));
  const sys = delta("cpu"), nats = delta("natsCpu"), cli = delta("clientCpu");
  return {
    rss_mb_max: Math.max(0, ...inside.map((s) => s.rss)),
    nats_rss_mb_max: inside.some((s) => s.natsRss !== null)
      ? Math.max(...inside.map((s) => s.natsRss ?? 0))
      : null,
    cpu_cores: { system: cores(sys) ?? 0, nats: cores(nats), client: cores(cli) },
    cpu_ms_per_turn: turns > 0
      ? { system: perTurn(sys) ?? 0, nats: perTurn(nats), client: perTurn(cli) }
      : null,
  };
}
