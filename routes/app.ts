/**
 * The gateway: Hono routes for HTTP, WebSocket, pages, docs, health and metrics, and its
 * background work (handoff queue, recovery of unanswered turns, retention).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, Next } from "hono";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";
import type { Store } from "../shared/store/types.ts";
import type { History } from "../shared/db/types.ts";
import type { StoreClient } from "../shared/store_client.ts";
import type { ActorRunner } from "../mesh/supervisor.ts";
import { errorHandler, problem } from "./problem.ts";
import { type HealthCheck, healthRoutes } from "./health.ts";
import { TurnService } from "../gateway/turns.ts";
import { GatewayMetrics } from "../gateway/metrics.ts";
import { resolveSessionSecret, SessionTokens } from "../gateway/auth.ts";
import { apiRoutes } from "./api.ts";
import { agentRoutes } from "./agent_api.ts";
import { wsRoutes } from "./ws.ts";
import { addressLimit, corsFor, security } from "./limits.ts";
import { addressCounter } from "../gateway/limits.ts";
import { readBody } from "./body.ts";
import { allowWidgetFraming } from "./framing.ts";
import { operatorRefusalOf, operatorsOnly } from "./operators.ts";
import type { GatewayServices } from "./services.ts";
import { resolveAgentToken } from "../gateway/secrets.ts";
import { pageRoutes, type PageRoutesOptions } from "./pages.tsx";
import {
  historyInbox,
  recordFailedTurn,
  startBackground,
  sweepAfterMs,
} from "../gateway/background.ts";

/** What the gateway is built from. */
export interface GatewayOptions {
  config: Config;
  log: Logger;
  bus: Bus;
  store: Store;
  history: History;
  storeApi: StoreClient;
  runner: () => ActorRunner | null;
  version: string;
  checks?: HealthCheck[];
  /** The browser bundles, built when missing (see `pageRoutes`). */
  islands?: PageRoutesOptions["islands"];
}

/** A built gateway. */
export interface Gateway extends AsyncDisposable {
  app: OpenAPIHono;
  fetch: (req: Request) => Response | Promise<Response>;
  services: GatewayServices;
}

/** Builds the gateway's routes and starts its background work. */
export async function createGateway(opts: GatewayOptions): Promise<Gateway> {
  const { config, log, bus, history } = opts;
  const metrics = new GatewayMetrics();
  const agentToken = await resolveAgentToken(config, log);
  if (!config.METRICS_TOKEN) {
    log.info(
      "No METRICS_TOKEN set: /metrics and the readiness details go to loopback clients only",
    );
  }
  const turns = new TurnService({
    bus,
    inbox: historyInbox(history),
    log,
    gatewayId: config.gatewayId,
    sweepAfterMs: sweepAfterMs(config),
    onFinished: (msg, failed) => {
      metrics.observeTurn(msg, failed);
      if (failed) void recordFailedTurn(s, msg.id);
    },
  });
  metrics.trackWaitingForBus(() => turns.waitingForBus);
  const s: GatewayServices = {
    config,
    log,
    bus,
    store: opts.store,
    history,
    storeApi: opts.storeApi,
    turns,
    tokens: new SessionTokens({
      secret: await resolveSessionSecret(config),
      ttlS: config.SESSION_TTL_S,
    }),
    metrics,
    agentToken,
    addresses: addressCounter(opts.store),
  };
  turns.start();

  const app = new OpenAPIHono();
  app.onError(errorHandler(log));
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    return problem(404, `Cannot find ${path}: no such route`, { instance: path });
  });
  app.use("*", async (c, next) => {
    await next();
    metrics.http.inc({ method: c.req.method, status: String(c.res.status) });
  });
  // Swagger UI injects one inline <style>: allow inline styles on the docs page only.
  app.use("/docs/*", relaxDocsStyles);
  app.use("/docs", relaxDocsStyles);
  app.use("/", allowWidgetFraming(config));
  app.use("*", security());
  app.use("/api/*", corsFor(config));
  app.use("/api/*", addressLimit(config, s.addresses, metrics, log));
  app.use("/api/*", readBody({ maxBytes: config.MAX_BODY_BYTES, log }));
  app.route(
    "/",
    healthRoutes({
      bus,
      runner: opts.runner,
      checks: [
        {
          name: "session_store",
          // Every turn reads its session there: while it fails, so does every turn.
          check: async () => ({
            ok: await opts.store.ping(),
            kind: opts.store.kind,
            essential: true,
          }),
        },
        {
          name: "history",
          check: async () => ({ ok: await history.ping(), essential: true, kind: history.kind }),
        },
        ...(opts.checks ?? []),
      ],
      startedAt: new Date(),
      version: opts.version,
      detailed: (c) => operatorRefusalOf(config, c) === null,
    }),
  );
  app.get("/metrics", operatorsOnly(config), async (c) => {
    c.header("content-type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
  app.route("/", apiRoutes(s));
  app.route("/", agentRoutes(s));
  app.route("/", wsRoutes(s));
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Support Mesh",
      version: opts.version,
      description:
        "The gateway of Support Mesh: chat sessions and turns for shoppers, the human agents' API, health and metrics. Errors are application/problem+json (RFC 9457).",
    },
  });
  app.route("/", pageRoutes({ config, log, islands: opts.islands }));

  const background = await startBackground(s);
  return {
    app,
    fetch: app.fetch,
    services: s,
    async [Symbol.asyncDispose]() {
      await background.stop();
      await turns[Symbol.asyncDispose]();
    },
  };
}

/** Lets the docs page use inline styles (Swagger UI's), nothing else. */
async function relaxDocsStyles(c: Context, next: Next): Promise<void> {
  await next();
  const csp = c.res.headers.get("content-security-policy");
  if (csp) {
    c.res.headers.set(
      "content-security-policy",
      csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    );
  }
}
