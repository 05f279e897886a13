/**
 * Starts the whole system: config resolved, the bus chosen, the demo store, the actors and the gateway.
 */
import { createLogger } from "../shared/log.ts";
import { createGateway } from "../routes/app.ts";
import { announceAuthMode } from "../gateway/auth_mode.ts";
import { checkSharedSecrets } from "../gateway/secrets.ts";
import { openStore } from "../shared/store/mod.ts";
import { freshManifest, type IslandsManifest } from "../shared/islands_manifest.ts";
import { openHistory } from "../shared/db/mod.ts";
import { StoreClient } from "../shared/store_client.ts";
import { startStore } from "../mocks/server.ts";
import { createStoreApp } from "../mocks/app.ts";
import { System, SystemOptions, VERSION } from "./types.ts";
import { chooseBus, selectActors, startActors } from "./actors.ts";
import { dependencyChecks, launchedNatsCheck } from "./checks.ts";

/**
 * The islands' browser bundles in `buildDir`, built first when missing or stale. The build
 * script (and esbuild with it) is loaded only then, by a computed specifier, so it stays
 * out of the gateway's module graph and the production image, whose bundles are prebuilt.
 */
export async function islandsFor(buildDir: string): Promise<IslandsManifest> {
  const fresh = await freshManifest(buildDir);
  if (fresh) return fresh;
  const script = new URL("../scripts/build_islands.ts", import.meta.url).href;
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
  checkSharedSecrets(config);
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
