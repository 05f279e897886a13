/**
 * The benchmark's settings: the quick plan (under a minute) and the full one, and the
 * command-line flags that choose between them.
 */
import type { SystemPhaseOptions } from "./system_phase.ts";
import type { FloorsOptions } from "./floors.ts";

/** Parts of the benchmark that can be run alone with `--only`. */
export const PARTS = ["nlu", "floors", "in_process", "nats"] as const;
/** One part. */
export type Part = typeof PARTS[number];

/** Command-line flags. */
export interface Flags {
  quick: boolean;
  json: boolean;
  only: Part[];
  /** Write V8 CPU profiles of each child process into this folder. */
  profileDir: string | null;
  /** Offered rates instead of the plan's (`--rates=50,100`). */
  rates: number[] | null;
  /** Seconds each rate runs instead of the plan's (`--duration=10`). */
  durationS: number | null;
  /** Extra configuration for the systems under test (`--env=KEY=VALUE`, repeatable). */
  env: Record<string, string>;
  /** All shoppers on one source address (`--one-address`), as behind a proxy. */
  oneAddress: boolean;
  /** Sessions and caches on a redis-server the bench starts, not Deno KV (`--redis`). */
  redis: boolean;
  /** The demo store in its own process, not in the system's (`--separate-store`). */
  separateStore: boolean;
  /** Sockets in the live-chat test instead of the plan's (`--sockets=1000`). */
  sockets: number | null;
  /** Also write the JSON report to this file (`--save=path`). */
  save: string | null;
}

/** Reads the flags (`--quick`, `--json`, `--only=a,b`, `--profile[=dir]`). */
export function parseFlags(args: string[]): Flags {
  const flags: Flags = {
    quick: false,
    json: false,
    only: [...PARTS],
    profileDir: null,
    rates: null,
    durationS: null,
    env: {},
    oneAddress: false,
    redis: false,
    separateStore: false,
    sockets: null,
    save: null,
  };
  for (const arg of args) {
    if (arg === "--quick") flags.quick = true;
    else if (arg === "--json") flags.json = true;
    else if (arg.startsWith("--only=")) {
      const parts = arg.slice(7).split(",").filter(Boolean);
      const bad = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (bad.length) {
        throw new Error(`Cannot run parts ${bad.join(", ")}: use ${PARTS.join(", ")}`);
      }
      flags.only = parts as Part[];
    } else if (arg === "--profile") {
      flags.profileDir = Deno.makeTempDirSync({ prefix: "bench_profiles_" });
    } else if (arg.startsWith("--profile=")) flags.profileDir = arg.slice(10);
    else if (arg.startsWith("--rates=")) {
      flags.rates = arg.slice(8).split(",").map(Number);
      if (flags.rates.some((r) => !(r > 0))) throw new Error(`Cannot read ${arg}: rates > 0`);
    } else if (arg.startsWith("--duration=")) {
      flags.durationS = Number(arg.slice(11));
      if (!(flags.durationS > 0)) throw new Error(`Cannot read ${arg}: seconds > 0`);
    } else if (arg.startsWith("--env=")) {
      const [key, ...rest] = arg.slice(6).split("=");
      flags.env[key] = rest.join("=");
    } else if (arg === "--one-address") flags.oneAddress = true;
    else if (arg === "--redis") flags.redis = true;
    else if (arg === "--separate-store") flags.separateStore = true;
    else if (arg.startsWith("--save=")) flags.save = arg.slice(7);
    else if (arg.startsWith("--sockets=")) {
      flags.sockets = Number(arg.slice(10));
      if (!(flags.sockets > 0)) throw new Error(`Cannot read ${arg}: sockets > 0`);
    } else if (arg === "--help" || arg === "-h") {
      throw new Error(
        "Usage: deno task bench [--quick] [--json] [--only=nlu,floors,in_process,nats] " +
          "[--profile[=dir]] [--rates=50,200] [--duration=s] [--env=KEY=VALUE] [--one-address] [--redis] [--separate-store] [--sockets=n] [--save=file.json]",
      );
    } else throw new Error(`Cannot read argument ${arg}: unknown`);
  }
  return flags;
}

/** What each part does, for one mode. */
export interface Plan {
  mode: "quick" | "full";
  /** The rate the targets are judged at. */
  targetRate: number;
  nluDurationMs: number;
  floors: Omit<FloorsOptions, "natsUrl">;
  system: Omit<SystemPhaseOptions, "bus" | "natsUrl" | "natsPid">;
  /** Socket test per bus (null: not on that bus). */
  ws: Record<"in_process" | "nats", SystemPhaseOptions["plan"]["ws"]>;
  /** Longest any child process may run. */
  partTimeoutMs: number;
}

/** The plan for `--quick` or a full run. */
export function planFor(quick: boolean): Plan {
  const concurrency = 32;
  if (quick) {
    return {
      mode: "quick",
      targetRate: 500,
      nluDurationMs: 200,
      floors: {
        directTurns: 80,
        rawIterations: 150,
        rawRates: [200, 500],
        rawDurationMs: 1000,
        actorDurationMs: 150,
        concurrency,
        runtimeThroughput: true,
      },
      system: {
        plan: {
          sessions: 120,
          warmup: { rate: 40, durationMs: 1000 },
          sequentialTurns: 30,
          rates: [25, 100, 500].map((rate) => ({ rate, durationMs: 2000 })),
          stopWhenSaturated: true,
          refineSteps: 0,
          pauseMs: 200,
          settleMs: 4000,
          requestTimeoutMs: 6_000,
          targetProbe: null,
          spreadAddresses: true,
          ws: null,
        },
        clientTimeoutMs: 120_000,
        env: { TURN_TIMEOUT_MS: "5000" },
      },
      ws: {
        in_process: null,
        nats: { sockets: 100, turnsPerSocket: 1, rate: 25, drainMs: 5_000 },
      },
      partTimeoutMs: 180_000,
    };
  }
  return {
    mode: "full",
    targetRate: 500,
    nluDurationMs: 1500,
    floors: {
      directTurns: 500,
      rawIterations: 1000,
      rawRates: [100, 200, 500, 1000],
      rawDurationMs: 5000,
      actorDurationMs: 1500,
      concurrency,
      runtimeThroughput: true,
    },
    system: {
      plan: {
        sessions: 600,
        warmup: { rate: 40, durationMs: 3000 },
        sequentialTurns: 200,
        rates: [25, 50, 100, 200, 500, 1000, 1500, 2000].map((rate) => ({
          rate,
          durationMs: 10_000,
        })),
        stopWhenSaturated: true,
        refineSteps: 2,
        pauseMs: 1000,
        settleMs: 30_000,
        requestTimeoutMs: 15_000,
        targetProbe: { rate: 500, durationMs: 3000 },
        spreadAddresses: true,
        ws: null,
      },
      clientTimeoutMs: 600_000,
    },
    ws: {
      in_process: { sockets: 1000, turnsPerSocket: 2, rate: 40, drainMs: 30_000 },
      nats: { sockets: 1000, turnsPerSocket: 2, rate: 40, drainMs: 30_000 },
    },
    partTimeoutMs: 900_000,
  };
}
