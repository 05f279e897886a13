/**
 * Worker entry: runs one actor against JetStream, sends heartbeats with its counters,
 * and drains when the supervisor asks.
 */
/// <reference lib="deno.worker" />
import type { ActorSpec, WorkerCommand, WorkerEvent } from "./supervisor.ts";
import { type ActorHandle, type ActorStats, runActor } from "./runtime.ts";
import { connectJetStream } from "../shared/bus/connect.ts";
import { loadActor } from "./mod.ts";
import { createLogger } from "../shared/log.ts";
import type { Config } from "../shared/config.ts";
import { describeError } from "../shared/errors.ts";
import type { Bus } from "../shared/bus/types.ts";

const self = globalThis as unknown as DedicatedWorkerGlobalScope;
let handle: ActorHandle | null = null;
let bus: (Bus & AsyncDisposable) | null = null;
let deps: unknown = null;
let heartbeat: ReturnType<typeof setInterval> | null = null;

function send(ev: WorkerEvent): void {
  self.postMessage(ev);
}

async function start(spec: ActorSpec, config: Config, natsUrl: string): Promise<void> {
  const log = createLogger({ level: config.LOG_LEVEL, fields: { actor: spec.name, worker: true } });
  const actor = await loadActor(spec);
  const depsMod = await import(spec.depsModule ?? new URL("./deps.ts", import.meta.url).href);
  bus = await connectJetStream(natsUrl, config, log);
  deps = await depsMod.createDeps(config, log, bus);
  handle = await runActor({
    bus,
    actor,
    deps,
    log,
    deadlineMs: config.ACTOR_DEADLINE_MS,
    maxRetries: config.MAX_RETRIES,
    retryBaseMs: config.RETRY_BASE_MS,
    concurrency: config.ACTOR_CONCURRENCY,
  });
  const breakers = (deps as { breakers?: { snapshot(): ActorStats["breakers"] } }).breakers;
  heartbeat = setInterval(() => {
    if (handle) send({ type: "stats", stats: { ...handle.stats, breakers: breakers?.snapshot() } });
  }, 1000);
  send({ type: "ready" });
}

async function drain(): Promise<void> {
  if (heartbeat) clearInterval(heartbeat);
  await handle?.drain();
  const d = deps as Partial<AsyncDisposable> | null;
  await d?.[Symbol.asyncDispose]?.();
  await bus?.[Symbol.asyncDispose]();
  send({ type: "drained" });
}

self.onmessage = (e: MessageEvent<WorkerCommand>) => {
  const cmd = e.data;
  if (cmd.type === "start") {
    start(cmd.spec, cmd.config, cmd.natsUrl).catch((err) =>
      send({ type: "fatal", error: describeError(err) })
    );
  } else if (cmd.type === "drain") {
    drain().catch((err) => send({ type: "fatal", error: describeError(err) }));
  }
};
