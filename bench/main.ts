/**
 * `deno task bench`: starts what it needs (its own nats-server, each system in its own
 * process on a temporary data folder, the load generator in another), measures the
 * mesh end to end against its floors, each actor alone, many sockets, memory and the
 * NLU, and prints a table — or with `--json` one JSON object. `--quick` runs in under a
 * minute; `--only=…` runs some parts; `--postgres` keeps the history in a PostgreSQL it
 * starts (`--postgres=both`: the system parts on SQLite, then again on PostgreSQL); `--profile` writes V8 CPU profiles of the child processes (read them with
 * `deno run -A bench/profile_top.ts <dir>`). `--help` lists every flag.
 */
// deno-lint-ignore-file no-console
import { loadSample, machineInfo } from "./machine.ts";
import { startBenchNats } from "./nats.ts";
import { startBenchRedis } from "./redis.ts";
import { startBenchPostgres } from "./postgres.ts";
import { startStoreProcess } from "./store_server.ts";
import { BENCH_USAGE, type Flags, parseFlags, planFor } from "./plan.ts";
import { note, runPart } from "./subprocess.ts";
import type { SystemPhaseOptions, SystemPhaseResult } from "./system_phase.ts";
import type { FloorsOptions, FloorsResult } from "./floors.ts";
import type { NluBenchResult } from "./nlu_bench.ts";
import { type BenchReport, buildReport } from "./summary.ts";
import { formatReport } from "./report.ts";
import { findNatsServer } from "../shared/nats_launcher.ts";
import { type ProfileSummary, summarizeProfile } from "./profile_top.ts";

/** Runs the benchmark the flags ask for and returns its report. */
export async function runBench(flags: Flags): Promise<BenchReport> {
  const plan = planFor(flags.quick);
  const errors: string[] = [];
  const loadBefore = await loadSample();
  note(`${plan.mode} run; ${loadBefore.uptime}`);
  const machine = await machineInfo(findNatsServer());
  const wants = (p: Flags["only"][number]) => flags.only.includes(p);
  const needNats = wants("nats") || wants("floors");
  await using nats = needNats ? await startBenchNats() : null;
  await using redis = flags.redis ? await startBenchRedis() : null;
  await using store = flags.separateStore ? await startStoreProcess() : null;
  await using pg = flags.postgres ? await startBenchPostgres() : null;
  if (pg) note(`history in PostgreSQL on port ${pg.port}, a fresh database per part`);
  // With --postgres each part's systems get a database of their own; with --postgres=both the
  // parts run on SQLite first and again on PostgreSQL.
  const historyEnv = async (): Promise<Record<string, string>> =>
    pg && !flags.comparePostgres ? { DATABASE_URL: await pg.database() } : {};
  const env = {
    ...flags.env,
    ...(redis ? { REDIS_URL: redis.url } : {}),
    ...(store ? { STORE_API_URL: store.url } : {}),
  };
  if (flags.profileDir) {
    await Deno.mkdir(flags.profileDir, { recursive: true });
    note(`CPU profiles go to ${flags.profileDir}`);
  }
  const part = async <T>(name: string, module: string, args: string[]): Promise<T | null> => {
    const t0 = performance.now();
    try {
      // Whole-process profiles (every Worker too) of the systems; windows come from inside.
      const wholeProcess = flags.profileDir && name === "nats"
        ? `${flags.profileDir}/${name}`
        : null;
      const result = await runPart<T>({
        module,
        args,
        timeoutMs: plan.partTimeoutMs,
        cpuProfDir: wholeProcess,
      });
      note(`${name} done in ${Math.round(performance.now() - t0)} ms`);
      return result;
    } catch (err) {
      errors.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
      note(`${name} failed: ${errors.at(-1)}`);
      return null;
    }
  };

  const nlu = wants("nlu")
    ? await part<NluBenchResult>("nlu", "phase.ts", [
      "nlu",
      JSON.stringify({ durationMs: plan.nluDurationMs }),
    ])
    : null;
  const floorsOpts: FloorsOptions = {
    ...plan.floors,
    natsUrl: nats?.url ?? null,
    natsPid: nats?.pid ?? null,
    profileDir: flags.profileDir ? `${flags.profileDir}/floors` : null,
    env: { ...env, ...(wants("floors") ? await historyEnv() : {}) },
  };
  const floors = wants("floors")
    ? await part<FloorsResult>("floors", "phase.ts", ["floors", JSON.stringify(floorsOpts)])
    : null;
  const durationMs = flags.durationS
    ? flags.durationS * 1000
    : plan.system.plan.rates[0].durationMs;
  const system = async (
    bus: "in_process" | "nats",
    history: Record<string, string> | null = null,
  ): Promise<SystemPhaseOptions> => ({
    ...plan.system,
    plan: {
      ...plan.system.plan,
      ws: plan.ws[bus] && flags.sockets
        ? { ...plan.ws[bus]!, sockets: flags.sockets }
        : plan.ws[bus],
      rates: (flags.rates ?? plan.system.plan.rates.map((r) => r.rate)).map((rate) => ({
        rate,
        durationMs,
      })),
      spreadAddresses: !flags.oneAddress,
    },
    env: { ...plan.system.env, ...env, ...(history ?? await historyEnv()) },
    profileDir: flags.profileDir ? `${flags.profileDir}/${bus}` : null,
    bus,
    natsUrl: bus === "nats" ? nats?.url : undefined,
    natsPid: bus === "nats" ? nats?.pid : undefined,
  });
  const inProcess = wants("in_process")
    ? await part<SystemPhaseResult>("in_process", "phase.ts", [
      "system",
      JSON.stringify(await system("in_process")),
    ])
    : null;
  const natsResult = wants("nats")
    ? await part<SystemPhaseResult>("nats", "phase.ts", [
      "system",
      JSON.stringify(await system("nats")),
    ])
    : null;
  const onPostgres = async (bus: "in_process" | "nats") =>
    pg && flags.comparePostgres && wants(bus)
      ? await part<SystemPhaseResult>(`${bus}_postgres`, "phase.ts", [
        "system",
        JSON.stringify(await system(bus, { DATABASE_URL: await pg.database() })),
      ])
      : null;
  const inProcessPostgres = await onPostgres("in_process");
  const natsPostgres = await onPostgres("nats");
  const extraProfiles: Record<string, ProfileSummary> = {};
  if (flags.profileDir && natsResult) {
    // One file per isolate: the main thread and each actor's Worker (start-up included).
    const dir = `${flags.profileDir}/nats`;
    for await (const e of Deno.readDir(dir)) {
      if (!e.name.startsWith("CPU.") || !e.name.endsWith(".cpuprofile")) continue;
      const file = `${dir}/${e.name}`;
      let s: ProfileSummary;
      try {
        s = summarizeProfile(file, JSON.parse(await Deno.readTextFile(file)), 12);
      } catch {
        continue; // a Worker terminated before its profile was written out
      }
      const worker = e.name.match(/worker-(\d+)/)?.[1];
      extraProfiles[worker ? `worker_${s.actor ?? worker}` : "nats_process"] = s;
    }
  }
  const loadAfter = await loadSample();
  note(`finished; ${loadAfter.uptime}`);
  return buildReport({
    settings: {
      env,
      history: flags.comparePostgres
        ? "both"
        : pg || flags.env.DATABASE_URL
        ? "postgresql"
        : "sqlite",
      spread_addresses: !flags.oneAddress,
      only: flags.only,
      rates: flags.rates,
    },
    mode: plan.mode,
    targetRate: plan.targetRate,
    machine,
    loadBefore,
    loadAfter,
    inProcess,
    nats: natsResult,
    inProcessPostgres,
    natsPostgres,
    floors,
    nlu,
    extraProfiles,
    errors,
  });
}

if (import.meta.main) {
  let flags: Flags;
  try {
    flags = parseFlags(Deno.args);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    Deno.exit(2);
  }
  if (flags.help) {
    console.log(BENCH_USAGE);
    Deno.exit(0);
  }
  const report = await runBench(flags);
  if (flags.save) await Deno.writeTextFile(flags.save, JSON.stringify(report, null, 2));
  console.log(flags.json ? JSON.stringify(report) : formatReport(report));
  Deno.exit(report.errors.length ? 1 : 0);
}
