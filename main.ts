/**
 * Supervisor: resolves the config, chooses the bus, starts the demo store, the actors and
 * the gateway; on SIGINT/SIGTERM drains in-flight messages, then exits.
 *
 *   deno task start            everything in one process (or Workers on NATS)
 *   deno task actor <name>     one actor alone against NATS_URL (container mode)
 */
import { type Config, loadConfig } from "./shared/config.ts";
import { createLogger, type Logger } from "./shared/log.ts";
import type { Bus } from "./shared/bus/types.ts";
import { connectJetStream, createMemoryBus } from "./shared/bus/connect.ts";
import { findNatsServer, type LaunchedNats, launchNats } from "./shared/nats_launcher.ts";
import type { LocalSteps } from "./mesh/runtime.ts";
import {
  type ActorRunner,
  type ActorSpec,
  CombinedRunner,
  InProcessActors,
  WorkerSupervisor,
} from "./mesh/supervisor.ts";
import { runActorsHere } from "./mesh/host.ts";
import { ACTOR_SPECS } from "./mesh/registry.ts";
import { createDeps, type MeshDeps } from "./mesh/deps.ts";
import { createGateway } from "./routes/app.ts";
import { problem } from "./gateway/problems.ts";
import { announceAuthMode } from "./gateway/auth_mode.ts";
import { operatorRefusal } from "./routes/operators.ts";
import type { HealthCheck } from "./routes/health.ts";
import { openStore } from "./shared/store/mod.ts";
import { freshManifest, type IslandsManifest } from "./shared/islands_manifest.ts";
import type { Store } from "./shared/store/types.ts";
import { openHistory } from "./shared/db/mod.ts";
import type { History } from "./shared/db/types.ts";
import { StoreClient } from "./shared/store_client.ts";
import { startStore } from "./mocks/server.ts";
import { createStoreApp } from "./mocks/app.ts";
import type { BreakerSnapshot } from "./shared/circuit_breaker.ts";

/** Version shown by health endpoints. */
export const VERSION = "0.1.0";

/** Options for `startSystem`. */
export interface SystemOptions {
  config: Config;
  log?: Logger;
  /** Actors to run; default all of `mesh/registry.ts`. */
  specs?: readonly ActorSpec[];
  /** Start the gateway's HTTP server (default true). */
  serve?: boolean;
  /**
   * The nats-server launched when no NATS_URL is set: its binary (default the one on the
   * PATH) and preferred port (default 4222; a free one when busy).
   */
  launch?: { binary?: string; port?: number };
}

/** A running Support Mesh. */
export interface System extends AsyncDisposable {
  config: Config;
  bus: Bus;
  runner: ActorRunner;
  /** Gateway URL, when served. */
  url: string | null;
  /** The gateway's request handler (for `app.request()` style tests). */
  fetch: (req: Request) => Response | Promise<Response>;
  /** The nats-server this process launched, if any. */
  nats: LaunchedNats | null;
  /** The store's API in use (the in-process demo store unless STORE_API_URL is set). */
  storeUrl: string;
  /** The history database (audit trail, conversations). */
  history: History;
  /** The session store (sessions, pending actions, caches). */
  sessions: Store;
  /** Drains actors and stops everything, in order. */
  stop(): Promise<void>;
}

async function chooseBus(
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

async function startActors(
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
    const sup = new WorkerSupervisor({
      specs: away,
      config: workerConfig,
      natsUrl,
      log,
      layout: config.ACTOR_WORKERS,
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
async function runInProcess(
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

/**
 * The islands' browser bundles in `buildDir`, built first when missing or stale. The build
 * script (and esbuild with it) is loaded only then, by a computed specifier, so it stays
 * out of the gateway's module graph and the production image, whose bundles are prebuilt.
 */
async function islandsFor(buildDir: string): Promise<IslandsManifest> {
  const fresh = await freshManifest(buildDir);
  if (fresh) return fresh;
  const script = new URL("./scripts/build_islands.ts", import.meta.url).href;
  const { buildIslands } = await import(script);
  return await buildIslands({ outDir: buildDir });
}

/** Starts the whole system. */
export async function startSystem(opts: SystemOptions): Promise<System> {
  const { config } = opts;
  if (config.ACTOR_DEADLINE_MS >= config.ACK_WAIT_MS) {
    throw new Error(
      `Cannot start: ACTOR_DEADLINE_MS (${config.ACTOR_DEADLINE_MS}) must be below ACK_WAIT_MS (${config.ACK_WAIT_MS}), or slow steps would be delivered twice`,
    );
  }
  const log = opts.log ?? createLogger({ level: config.LOG_LEVEL });
  announceAuthMode(config, log);
  await Deno.mkdir(config.DATA_DIR, { recursive: true });
  const { bus, nats, url: natsUrl } = await chooseBus(config, log, opts.launch);
  const cleanups: (() => Promise<void>)[] = [];
  cleanups.push(async () => {
    await bus[Symbol.asyncDispose]();
    await nats?.stop();
  });
  try {
    let storeUrl = config.STORE_API_URL ?? "";
    if (!storeUrl) {
      const store = createStoreApp({
        faults: {
          all: { latency_ms: config.MOCKS_LATENCY_MS, error_rate: config.MOCKS_ERROR_RATE },
        },
        log: log.child({ component: "store" }),
        statePath: config.mocksStatePath,
      });
      cleanups.push(() => Promise.resolve(store.close()));
      const storeOptions = { hostname: "127.0.0.1", store };
      const demoStore = await startStore({ ...storeOptions, port: config.MOCKS_PORT }).catch(
        (err) => {
          // Only the actors in this process talk to it: any free port serves as well.
          if (!(err instanceof Deno.errors.AddrInUse)) throw err;
          log.warn("Demo store port busy: using a free one", { port: config.MOCKS_PORT });
          return startStore({ ...storeOptions, port: 0 });
        },
      );
      storeUrl = demoStore.url;
      cleanups.push(() => demoStore.close());
      log.info("Demo store running in-process", { url: storeUrl });
    }
    const sessions = await openStore(config, log);
    cleanups.push(async () => await sessions[Symbol.asyncDispose]());
    const history = await openHistory(config, log);
    cleanups.push(() => history.close());
    const actors = await startActors(
      config,
      log,
      bus,
      natsUrl,
      opts.specs ?? selectActors(config),
      {
        sessions,
        history,
        storeUrl,
      },
    );
    cleanups.push(actors.dispose);
    const storeApi = new StoreClient({
      baseUrl: storeUrl,
      timeoutMs: config.STORE_TIMEOUT_MS,
      log,
    });
    const gateway = await createGateway({
      config,
      log,
      bus,
      store: sessions,
      history,
      storeApi,
      runner: () => actors.runner,
      version: VERSION,
      checks: [...dependencyChecks(config, storeUrl, actors), ...launchedNatsCheck(nats)],
      islands: islandsFor,
    });
    cleanups.push(async () => await gateway[Symbol.asyncDispose]());
    // The aggregator in this isolate hands this gateway its replies directly.
    const turns = gateway.services.turns;
    const unhook = actors.local?.onReply(turns.replyTo, (m) => turns.deliverReply(m));
    if (unhook) cleanups.push(() => Promise.resolve(unhook()));
    let server: Deno.HttpServer | null = null;
    let url: string | null = null;
    if (opts.serve !== false) {
      server = Deno.serve(
        { port: config.PORT, hostname: config.HOST, onListen: () => {} },
        gateway.fetch,
      );
      const addr = server.addr as Deno.NetAddr;
      const host = addr.hostname === "0.0.0.0" ? "127.0.0.1" : addr.hostname;
      url = `http://${host}:${addr.port}`;
      cleanups.push(() => server!.shutdown());
      log.info("Gateway listening", { url, bus: bus.kind });
    }
    let stopped: Promise<void> | null = null;
    const stop = () => {
      stopped ??= (async () => {
        // Stop in reverse order: gateway first, then actors drain, then the bus.
        for (const fn of cleanups.reverse()) {
          try {
            await fn();
          } catch (err) {
            log.warn("Cannot stop a component cleanly", { error: String(err) });
          }
        }
      })();
      return stopped;
    };
    return {
      config,
      bus,
      runner: actors.runner,
      url,
      fetch: gateway.fetch,
      nats,
      storeUrl,
      history,
      sessions,
      stop,
      [Symbol.asyncDispose]: stop,
    };
  } catch (err) {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
    throw err;
  }
}

/** Readiness check of the nats-server this process launched (none when it launched none). */
function launchedNatsCheck(nats: LaunchedNats | null): HealthCheck[] {
  if (!nats) return [];
  return [{
    name: "nats_server",
    check: () => {
      const state = nats.state();
      return Promise.resolve({ ok: state.state === "running", essential: true, ...state });
    },
  }];
}

/** Readiness checks of the store's API, the LLM and the circuit breakers. */
function dependencyChecks(
  config: Config,
  storeUrl: string,
  actors: { runner: ActorRunner; deps: MeshDeps | null },
): HealthCheck[] {
  return [
    {
      name: "store_api",
      check: async () => {
        const res = await fetch(`${storeUrl}/health`, { signal: AbortSignal.timeout(1500) });
        await res.body?.cancel();
        return { ok: res.ok, url: storeUrl };
      },
    },
    {
      name: "llm",
      check: async () => {
        if (!config.llmEnabled) {
          return { ok: true, enabled: false, detail: "rules, classifier and templates only" };
        }
        // Any answer from the models list means the endpoint is up; the actors fall back
        // to the classifier and templates when it is not, so this only degrades.
        const res = await fetch(`${config.LLM_BASE_URL!.replace(/\/+$/, "")}/models`, {
          headers: { authorization: `Bearer ${config.LLM_API_KEY}` },
          signal: AbortSignal.timeout(1500),
        });
        await res.body?.cancel();
        return { ok: res.status < 500, enabled: true, model: config.LLM_MODEL, status: res.status };
      },
    },
    {
      name: "circuit_breakers",
      check: () => {
        // In-process: the shared registry; with Workers: what each reports in heartbeats.
        const snaps: Record<string, BreakerSnapshot> = actors.deps
          ? actors.deps.breakers.snapshot()
          : Object.assign(
            {},
            ...actors.runner.states().map((s) => s.stats?.breakers ?? {}),
          );
        const open = Object.values(snaps).filter((b) => b.state === "open");
        return Promise.resolve({ ok: open.length === 0, breakers: snaps });
      },
    },
  ];
}

/** Container mode: one actor against NATS_URL, with a small health server on PORT. */
async function runOneActor(name: string, config: Config, log: Logger): Promise<void> {
  const spec = ACTOR_SPECS.find((s) => s.name === name);
  if (!spec) {
    throw new Error(
      `Cannot run actor ${name}: unknown (known: ${ACTOR_SPECS.map((s) => s.name).join(", ")})`,
    );
  }
  if (!config.NATS_URL) throw new Error(`Cannot run actor ${name}: NATS_URL is not set`);
  const bus = await connectJetStream(config.NATS_URL, config, log);
  const { runner, deps, dispose } = await startActors(
    { ...config, ACTOR_WORKERS: "none" },
    log,
    bus,
    config.NATS_URL,
    [spec],
  );
  const health = Deno.serve(
    { port: config.PORT, hostname: config.HOST, onListen: () => {} },
    async (req, info) => {
      const path = new URL(req.url).pathname;
      if (path === "/health") return Response.json({ status: "alive", actor: name });
      if (path !== "/health/ready") {
        return problem(404, `Cannot find ${path}: this actor serves /health and /health/ready`);
      }
      const status = await bus.status();
      const ready = status.connected && runner.states().every((s) => s.state === "ready");
      const breakers = deps?.breakers.snapshot() ?? {};
      // Probes get the status; the bus address and the rest only operators.
      const operator = operatorRefusal(config.METRICS_TOKEN, {
        authorization: req.headers.get("authorization"),
        address: info.remoteAddr.hostname,
        headers: req.headers,
      }) === null;
      if (!operator) {
        return Response.json({ status: ready ? "ready" : "not ready" }, {
          status: ready ? 200 : 503,
        });
      }
      return Response.json({
        status: ready ? "ready" : "not ready",
        bus: status,
        actors: runner.states(),
        checks: {
          circuit_breakers: {
            ok: Object.values(breakers).every((b) => (b as { state: string }).state !== "open"),
            breakers,
          },
        },
      }, {
        status: ready ? 200 : 503,
      });
    },
  );
  log.info("Actor running alone", { actor: name, nats: config.NATS_URL });
  await waitForSignal();
  log.info("Draining", { actor: name });
  await dispose();
  await health.shutdown();
  await bus[Symbol.asyncDispose]();
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    Deno.addSignalListener("SIGINT", done);
    Deno.addSignalListener("SIGTERM", done);
  });
}

if (import.meta.main) {
  const config = loadConfig();
  const log = createLogger({ level: config.LOG_LEVEL });
  try {
    if (Deno.args[0] === "actor") {
      await runOneActor(Deno.args[1] ?? "", config, log);
    } else {
      const system = await startSystem({ config, log });
      await waitForSignal();
      log.info("Shutting down: draining in-flight messages");
      await system.stop();
    }
    Deno.exit(0);
  } catch (err) {
    log.error("Cannot run Support Mesh", {
      error: err instanceof Error ? err.message : String(err),
      ...(err instanceof Deno.errors.NotCapable
        ? {
          hint: "the task's permission set in deno.json does not allow this (docs/operations.md)",
        }
        : {}),
    });
    Deno.exit(1);
  }
}
