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
  /**
   * The history in a PostgreSQL the bench starts, a fresh database per system, not SQLite
   * (`--postgres`); `--env=DATABASE_URL=…` uses a server of your own instead.
   */
  postgres: boolean;
  /**
   * The system parts twice in one run, on SQLite and then on the bench's PostgreSQL, for
   * figures side by side under the same load (`--postgres=both`).
   */
  comparePostgres: boolean;
  /** Print the usage and exit (`--help`, `-h`). */
  help: boolean;
}

/** `deno task bench --help`. */
export const BENCH_USAGE = `Usage: deno task bench [flags]

Measures Support Mesh on this machine and prints a table (or JSON): the mesh end to end on the
in-process bus and on NATS (offered rates, latency percentiles, the rate it sustains, many
sockets, memory), its floors (the same turns without the gateway, raw NATS hops, each actor
alone) and the NLU. It starts all it needs itself: its own nats-server, each system in its
own process on a temporary data folder, the load generator in another. A full run takes
several minutes and both cores: run it on a quiet machine.

Flags:
  --quick                 the short plan (under a minute), for a first look
  --only=PARTS            some parts only: nlu, floors, in_process, nats (comma-separated)
  --json                  print the report as one JSON object
  --save=FILE             also write the JSON report to FILE
  --rates=R,R             offered turns per second instead of the plan's
  --duration=S            seconds each rate runs
  --sockets=N             sockets in the live-chat test
  --one-address           all shoppers from one address (as behind a proxy)
  --redis                 sessions and caches on a redis-server it starts (else Deno KV)
  --postgres              the history on a PostgreSQL it starts (else SQLite)
  --postgres=both         the in_process and nats parts on SQLite, then again on PostgreSQL
                          (same run, same machine load: the two side by side)
  --separate-store        the demo store in a process of its own
  --env=KEY=VALUE         configuration of the systems under test (repeatable), e.g.
                          --env=DATABASE_URL=postgres://user@127.0.0.1:5432/bench
  --profile[=DIR]         write V8 CPU profiles of the processes into DIR
  --help, -h              print this and exit

Environment: the bench reads none of its own. The systems get the variables of --env and of
--redis/--postgres/--separate-store; everything else is their defaults (deno task start --help).
Needs nats-server for the floors and nats parts, redis-server for --redis, PostgreSQL
(initdb, postgres; /usr/lib/postgresql/*/bin) for --postgres.
`;

/** Reads the flags (`--quick`, `--json`, `--only=a,b`, `--profile[=dir]`, … : BENCH_USAGE). */
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
    postgres: false,
    comparePostgres: false,
    help: false,
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
    } else if (arg === "--postgres") flags.postgres = true;
    else if (arg === "--postgres=both") flags.postgres = flags.comparePostgres = true;
    else if (arg === "--help" || arg === "-h") flags.help = true;
    else throw new Error(`Cannot read argument ${arg}: unknown (--help for usage)`);
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
