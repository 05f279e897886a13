/**
 * Worker entry: runs one or more actors against JetStream (their steps chain without bus
 * hops when `CHAIN_STEPS` is on), sends heartbeats with their counters, and drains when
 * the supervisor asks.
 */
/// <reference lib="deno.worker" />
import type { ActorSpec, WorkerCommand, WorkerEvent } from "./supervisor.ts";
import type { ActorHandle } from "./runtime.ts";
import { connectJetStream } from "../shared/bus/connect.ts";
import { runActorsHere } from "./host.ts";
import { createLogger } from "../shared/log.ts";
import type { Config } from "../shared/config.ts";
import { describeError } from "../shared/errors.ts";
import type { Bus } from "../shared/bus/types.ts";
import type { BreakerSnapshot } from "../shared/circuit_breaker.ts";
import { ParentStep, ParentStepAnswers } from "./cross_thread.ts";

const self = globalThis as unknown as DedicatedWorkerGlobalScope;
const handles: ActorHandle[] = [];
let bus: (Bus & AsyncDisposable) | null = null;
const depsList: unknown[] = [];
const parentAnswers = new ParentStepAnswers();
let heartbeat: ReturnType<typeof setInterval> | null = null;

function send(ev: WorkerEvent): void {
  self.postMessage(ev);
}

async function start(
  specs: ActorSpec[],
  config: Config,
  natsUrl: string,
  parentActors: string[],
): Promise<void> {
  const log = createLogger({
    level: config.LOG_LEVEL,
    fields: { actor: specs.length === 1 ? specs[0].name : "shared", worker: true },
  });
  bus = await connectJetStream(natsUrl, config, log);
  const started = await runActorsHere({
    specs,
    config,
    log,
    bus,
    depsFor: async (module) => {
      const url = module ?? new URL("./deps.ts", import.meta.url).href;
      const deps = await (await import(url)).createDeps(config, log, bus);
      depsList.push(deps);
      return deps;
    },
  });
  handles.push(...started.handles);
  // Steps of actors on the parent's thread: handed over there instead of a bus hop.
  for (const actor of parentActors) {
    if (!started.local || started.local.runner(actor)) continue;
    started.local.register(
      actor,
      new ParentStep({
        actor,
        post: (req) => send(req),
        // Past the ack wait the delivery comes again anyway: publish to the queue then.
        timeoutMs: config.ACK_WAIT_MS,
        answers: parentAnswers,
      }),
    );
  }
  const breakers = () => {
    let all: Record<string, BreakerSnapshot> | undefined;
    for (const d of depsList) {
      const b = (d as { breakers?: { snapshot(): Record<string, BreakerSnapshot> } }).breakers;
      if (b) all = { ...all, ...b.snapshot() };
    }
    return all;
  };
  heartbeat = setInterval(() => {
    const snapshot = breakers();
    send({ type: "stats", stats: handles.map((h) => ({ ...h.stats, breakers: snapshot })) });
  }, 1000);
  send({ type: "ready" });
}

async function drain(): Promise<void> {
  if (heartbeat) clearInterval(heartbeat);
  parentAnswers.cancelAll();
  await Promise.all(handles.map((h) => h.drain()));
  for (const d of depsList) await (d as Partial<AsyncDisposable>)[Symbol.asyncDispose]?.();
  await bus?.[Symbol.asyncDispose]();
  send({ type: "drained" });
}

self.onmessage = (e: MessageEvent<WorkerCommand>) => {
  const cmd = e.data;
  if (cmd.type === "start") {
    start(cmd.specs, cmd.config, cmd.natsUrl, cmd.parentActors).catch((err) =>
      send({ type: "fatal", error: describeError(err) })
    );
  } else if (cmd.type === "step_result") {
    parentAnswers.answer(cmd);
  } else if (cmd.type === "drain") {
    drain().catch((err) => send({ type: "fatal", error: describeError(err) }));
  }
};
