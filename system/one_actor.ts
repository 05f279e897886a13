/**
 * Container mode: one actor alone against NATS_URL, with a small health server.
 */
import { type Config } from "../shared/config.ts";
import { type Logger } from "../shared/log.ts";
import { connectJetStream } from "../shared/bus/connect.ts";
import { ACTOR_SPECS } from "../mesh/registry.ts";
import { problem } from "../gateway/problems.ts";
import { operatorRefusal } from "../routes/operators.ts";
import { startActors } from "./actors.ts";

/**
 * Container mode: one actor against NATS_URL, with a small health server on HEALTH_PORT
 * (else PORT when set, else 8081: never the gateway's default 8000 by accident).
 */
export async function runOneActor(name: string, config: Config, log: Logger): Promise<void> {
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
  const serveHealth = (port: number) =>
    Deno.serve({ port, hostname: config.HOST, onListen: () => {} }, async (req, info) => {
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
    });
  let health: Deno.HttpServer;
  try {
    health = serveHealth(config.healthPort);
  } catch (err) {
    // The default port taken (another actor on this host): any port serves, and is logged.
    // A port chosen with HEALTH_PORT or PORT is what the probes ask: that stays an error.
    if (!(err instanceof Deno.errors.AddrInUse) || !config.healthPortIsDefault) throw err;
    log.warn("Health port busy: using a free one", { port: config.healthPort });
    health = serveHealth(0);
  }
  const port = (health.addr as Deno.NetAddr).port;
  log.info("Actor running alone", {
    actor: name,
    nats: config.NATS_URL,
    health: `http://127.0.0.1:${port}/health/ready`,
  });
  await waitForSignal();
  log.info("Draining", { actor: name });
  await dispose();
  await health.shutdown();
  await bus[Symbol.asyncDispose]();
}

/** Resolves on the first SIGINT or SIGTERM. */
export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    Deno.addSignalListener("SIGINT", done);
    Deno.addSignalListener("SIGTERM", done);
  });
}
