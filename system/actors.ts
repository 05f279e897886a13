/**
 * Where the actors run: the bus chosen (NATS, a launched nats-server or in-process) and the actors started in this isolate or in Workers.
 */
import { type Config } from "../shared/config.ts";
import { type Logger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";
import { connectJetStream, createMemoryBus } from "../shared/bus/connect.ts";
import { findNatsServer, type LaunchedNats, launchNats } from "../shared/nats_launcher.ts";
import type { LocalSteps } from "../mesh/runtime.ts";
import {
  type ActorRunner,
  type ActorSpec,
  CombinedRunner,
  InProcessActors,
  WorkerSupervisor,
} from "../mesh/supervisor.ts";
import { runActorsHere } from "../mesh/host.ts";
import { ACTOR_SPECS } from "../mesh/registry.ts";
import { createDeps, type MeshDeps } from "../mesh/deps.ts";
import type { Store } from "../shared/store/types.ts";
import type { History } from "../shared/db/types.ts";
import { SystemOptions } from "./types.ts";

export async function chooseBus(
  config: Config,
  log: Logger,
  launch: SystemOptions["launch"] = {},
): Promise<{ bus: Bus; nats: LaunchedNats | null; url: string | null }> {
  if (config.BUS === "in_process") {
    log.info("Bus: in-process (BUS=in_process)");
    return { bus: createMemoryBus(config, log), nats: null, url: null };
  }
  if (config.NATS_URL) {
    const bus = await connectJetStream(config.NATS_URL, config, log);
    log.info("Bus: JetStream", { url: config.NATS_URL });
    return { bus, nats: null, url: config.NATS_URL };
  }
  const binary = launch.binary ?? findNatsServer();
  if (binary) {
    const nats = await launchNats({
      binary,
      storeDir: `${config.DATA_DIR}/nats`,
      port: launch.port ?? 4222,
      log,
    });
    try {
      const bus = await connectJetStream(nats.url, config, log);
      log.info("Bus: JetStream on a launched nats-server", { url: nats.url });
      return { bus, nats, url: nats.url };
    } catch (err) {
      await nats.stop();
      throw err;
    }
  }
  if (config.BUS === "nats") {
    throw new Error("Cannot start on NATS: set NATS_URL or install nats-server");
  }
  log.info("Bus: in-process (no NATS_URL and no nats-server on PATH)");
  return { bus: createMemoryBus(config, log), nats: null, url: null };
}

export async function startActors(
  config: Config,
  log: Logger,
  bus: Bus,
  natsUrl: string | null,
  specs: readonly ActorSpec[],
  shared: { sessions?: Store; history?: History; storeUrl?: string } = {},
): Promise<{
  runner: ActorRunner;
  deps: MeshDeps | null;
  /** Steps of this isolate, when its actors chain. */
  local?: LocalSteps;
  dispose: () => Promise<void>;
}> {
  if (natsUrl && config.ACTOR_WORKERS !== "none") {
    // The aggregator writes the history database the gateway writes too: with the shared
    // layout it stays in this isolate on the gateway's connection (one SQLite writer; two
    // writers on two threads block each other's event loop on the database lock).
    const here = config.ACTOR_WORKERS === "shared" && specs.length > 1
      ? specs.filter((s) => s.name === "aggregator")
      : [];
    const away = specs.filter((s) => !here.includes(s));
    // Workers read the store's URL from their config: pin it to the one in use.
    const workerConfig = { ...config, STORE_API_URL: shared.storeUrl ?? config.STORE_API_URL };
    // Filled once this isolate's actors run: the Workers' chains hand their steps over.
    const hereSteps: { local?: LocalSteps } = {};
    const sup = new WorkerSupervisor({
      specs: away,
      config: workerConfig,
      natsUrl,
      log,
      layout: config.ACTOR_WORKERS,
      parent: { actors: here.map((s) => s.name), steps: () => hereSteps.local },
    });
    try {
      await sup.start();
    } catch (err) {
      // Workers that did start must not keep consuming for a process that gives up.
      await sup.drain();
      throw err;
    }
    if (here.length === 0) return { runner: sup, deps: null, dispose: () => sup.drain() };
    let inProcess: Awaited<ReturnType<typeof runInProcess>>;
    try {
      inProcess = await runInProcess(config, log, bus, here, shared);
    } catch (err) {
      await sup.drain();
      throw err;
    }
    hereSteps.local = inProcess.local;
    const runner = new CombinedRunner([sup, inProcess.runner]);
    return {
      runner,
      deps: inProcess.deps,
      local: inProcess.local,
      dispose: async () => {
        await runner.drain();
        await inProcess.deps[Symbol.asyncDispose]();
      },
    };
  }
  return await runInProcess(config, log, bus, specs, shared);
}

/** Runs `specs` in this isolate (their steps chain when `CHAIN_STEPS` is on). */
export async function runInProcess(
  config: Config,
  log: Logger,
  bus: Bus,
  specs: readonly ActorSpec[],
  shared: { sessions?: Store; history?: History; storeUrl?: string },
): Promise<
  { runner: ActorRunner; deps: MeshDeps; local?: LocalSteps; dispose: () => Promise<void> }
> {
  const deps = await createDeps(config, log, bus, shared);
  const { handles, local } = await runActorsHere({
    specs,
    config,
    log,
    bus,
    // The default module's dependencies are the ones shared with the gateway.
    depsFor: async (module) => module ? (await import(module)).createDeps(config, log, bus) : deps,
  });
  const runner = new InProcessActors(handles);
  return {
    runner,
    deps,
    local,
    dispose: async () => {
      await runner.drain();
      await deps[Symbol.asyncDispose]();
    },
  };
}

/** The actors this process runs, from `ACTORS` (`all`, `none` or a list of names). */
export function selectActors(config: Config): readonly ActorSpec[] {
  const wanted = config.ACTORS.trim();
  if (wanted === "all") return ACTOR_SPECS;
  if (wanted === "none" || wanted === "") return [];
  const names = wanted.split(",").map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !ACTOR_SPECS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`Cannot run actors ${unknown.join(", ")}: unknown names`);
  return ACTOR_SPECS.filter((s) => names.includes(s.name));
}
