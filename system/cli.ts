/**
 * The command line of `main.ts`: `deno task start` (the whole system) and `deno task actor
 * <name>` (one actor alone). `--help` prints what each does, its flags and the environment
 * it reads; what is missing or wrong is said in one plain line on stderr, never as a stack
 * trace. Exit codes: 0 done, 1 cannot run (configuration, a dependency), 2 bad arguments.
 */
// deno-lint-ignore-file no-console
import { type Config, EnvSchema, loadConfig } from "../shared/config.ts";
import { createLogger, type Logger } from "../shared/log.ts";
import { outsideSpans } from "../shared/tracing.ts";
import { ACTOR_NAMES } from "../mesh/registry.ts";

/** What a run of `main.ts` was asked to do. */
export type Command =
  | { kind: "help"; text: string }
  | { kind: "start" }
  | { kind: "actor"; name: string }
  | { kind: "bad"; error: string };

/** What a lone actor cannot run without, and what each is. */
export const ACTOR_NEEDS = {
  NATS_URL: "the NATS server(s) with JetStream, e.g. nats://127.0.0.1:4222",
  STORE_API_URL: "the store's API, e.g. http://127.0.0.1:8100 (deno task mocks)",
} as const;

/** Every variable of the configuration, wrapped for a terminal. */
function allVariables(indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const name of Object.keys(EnvSchema.shape)) {
    if (line.length + name.length + 2 > 96) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += `${name}, `;
  }
  lines.push(line.replace(/, $/, ""));
  return lines.join("\n");
}

/** `deno task start --help`. */
export function startUsage(): string {
  return `Usage: deno task start [--help]

Runs the whole Support Mesh: the gateway (chat, agent console, API docs on HOST:PORT), the
actors and, unless STORE_API_URL is set, the demo store. The bus is JetStream on NATS_URL, or a
nats-server it launches when one is on the PATH, or in-process. SIGINT/SIGTERM drain the
turns in flight, then exit 0.

Flags:
  --help, -h    print this and exit

Environment (all optional; docs/operations.md, README "Configuration"):
  PORT, HOST              where the gateway listens (8000, 0.0.0.0)
  DATA_DIR                SQLite history, Deno KV, secrets, launched NATS (./data)
  NATS_URL, BUS           the bus (auto: NATS_URL, else nats-server on PATH, else in-process)
  REDIS_URL               sessions and limits shared by several gateways (else Deno KV)
  DATABASE_URL            history in PostgreSQL (else SQLite under DATA_DIR)
  STORE_API_URL           the shop's API (else the demo store in-process on MOCKS_PORT)
  LLM_BASE_URL            an OpenAI-compatible LLM (else the classifier and templates)
  AUTH_MODE               demo (sessions by email) or production (CUSTOMER_TOKEN_SECRET)
  SESSION_SECRET, AGENT_TOKEN   shared secrets (else generated once under DATA_DIR)
  REQUIRE_SHARED_SECRETS  true: refuse to start without those two (gateways sharing no DATA_DIR)
  ACTORS                  actors this process runs: all, none, or names
  LOG_LEVEL               debug, info, warn, error
  OTEL_DENO=true          export traces (Deno's; OTEL_EXPORTER_OTLP_ENDPOINT)
Every variable read:
${allVariables("  ")}
`;
}

/** `deno task actor --help`. */
export function actorUsage(): string {
  return `Usage: deno task actor <name> [--help]

Runs one actor alone against NATS (container mode): it takes the actor's messages from
JetStream, processes them and passes them on. Run as many replicas as needed. A small health
server answers /health and /health/ready (details for operators: METRICS_TOKEN or loopback).
SIGINT/SIGTERM stop taking messages, finish the ones in flight, then exit 0.

Actors: ${ACTOR_NAMES.join(", ")}

Flags:
  --help, -h    print this and exit

Environment, required:
  NATS_URL        ${ACTOR_NEEDS.NATS_URL}
  STORE_API_URL   ${ACTOR_NEEDS.STORE_API_URL}
Environment, optional:
  HEALTH_PORT     the health server's port (else PORT when set, else 8081, or a free one
                  logged when 8081 is taken: never the gateway's 8000 by accident)
  REDIS_URL       sessions, pending confirmations, caches shared by replicas (else Deno KV)
  DATABASE_URL    the history in PostgreSQL (aggregator; else SQLITE_PATH under DATA_DIR)
  LLM_BASE_URL, LLM_API_KEY, LLM_MODEL   an LLM for intent and response
  NATS_STREAM_REPLICAS, ACK_WAIT_MS, MAX_DELIVER, MAX_RETRIES   the same on every replica
  ACTOR_CONCURRENCY   messages one replica works on at once (32)
  LOG_LEVEL       debug, info, warn, error
Every variable read:
${allVariables("  ")}
`;
}

/** Reads `main.ts`'s arguments. */
export function parseCommand(args: readonly string[]): Command {
  const help = args.includes("--help") || args.includes("-h");
  if (args[0] === "actor") {
    if (help) return { kind: "help", text: actorUsage() };
    const rest = args.slice(1);
    const flag = rest.find((a) => a.startsWith("-"));
    if (flag) return { kind: "bad", error: `Cannot run an actor: unknown flag ${flag}` };
    if (rest.length !== 1) {
      return {
        kind: "bad",
        error: `Cannot run an actor: name one (${
          ACTOR_NAMES.join(", ")
        }), e.g. deno task actor intent`,
      };
    }
    return { kind: "actor", name: rest[0] };
  }
  if (help) return { kind: "help", text: startUsage() };
  if (args.length) {
    return { kind: "bad", error: `Cannot start Support Mesh: unknown argument ${args[0]}` };
  }
  return { kind: "start" };
}

/** The required variables a lone actor lacks, or null when it has them all. */
export function missingForActor(config: Pick<Config, keyof typeof ACTOR_NEEDS>): string | null {
  const missing = (Object.keys(ACTOR_NEEDS) as (keyof typeof ACTOR_NEEDS)[]).filter((k) =>
    !config[k]
  );
  if (!missing.length) return null;
  return `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set (${
    missing.map((k) => `${k}: ${ACTOR_NEEDS[k]}`).join("; ")
  })`;
}

/** What `runCli` starts; tests leave it as is, the entry point passes the real ones. */
export interface CliRunners {
  start(config: Config, log: Logger): Promise<void>;
  actor(name: string, config: Config, log: Logger): Promise<void>;
}

/** Runs `main.ts` with `args`; returns the exit code. */
export async function runCli(
  args: readonly string[],
  runners: CliRunners,
  env?: Record<string, string | undefined>,
): Promise<number> {
  const command = parseCommand(args);
  if (command.kind === "help") {
    console.log(command.text);
    return 0;
  }
  if (command.kind === "bad") {
    console.error(`${command.error} (--help for usage)`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
  if (command.kind === "actor") {
    if (!(ACTOR_NAMES as readonly string[]).includes(command.name)) {
      console.error(
        `Cannot run actor ${command.name}: unknown (known: ${ACTOR_NAMES.join(", ")})`,
      );
      return 2;
    }
    const missing = missingForActor(config);
    if (missing) {
      console.error(`Cannot run actor ${command.name}: ${missing}`);
      return 1;
    }
  }
  const log = createLogger({ level: config.LOG_LEVEL });
  try {
    await outsideSpans(() =>
      command.kind === "actor"
        ? runners.actor(command.name, config, log)
        : runners.start(config, log)
    );
    return 0;
  } catch (err) {
    log.error("Cannot run Support Mesh", {
      error: err instanceof Error ? err.message : String(err),
      ...(err instanceof Deno.errors.NotCapable
        ? {
          hint: "the task's permission set in deno.json does not allow this (docs/operations.md)",
        }
        : {}),
    });
    return 1;
  }
}
