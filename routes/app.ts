/**
 * The gateway: Hono routes for HTTP, WebSocket, pages, docs, health and metrics, and its
 * background work (handoff queue, recovery of unanswered turns, retention).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, Next } from "hono";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Bus, Consumer } from "../shared/bus/types.ts";
import type { Store } from "../shared/store/types.ts";
import type { History } from "../shared/db/types.ts";
import type { StoreClient } from "../shared/store_client.ts";
import type { ActorRunner } from "../mesh/supervisor.ts";
import { errorHandler, problem } from "./problem.ts";
import { type HealthCheck, healthRoutes } from "./health.ts";
import { type Inbox, TurnService } from "./turns.ts";
import { GatewayMetrics } from "./metrics.ts";
import { resolveSessionSecret, SessionTokens } from "./auth.ts";
import { apiRoutes } from "./api.ts";
import { agentRoutes } from "./agent_api.ts";
import { wsRoutes } from "./ws.ts";
import { addressLimit, corsFor, LocalCounter, security } from "./limits.ts";
import { readBody } from "./body.ts";
import { allowWidgetFraming } from "./framing.ts";
import { operatorRefusalOf, operatorsOnly } from "./operators.ts";
import type { GatewayServices } from "./services.ts";
import { pageRoutes, type PageRoutesOptions } from "./pages.tsx";
import { describeError } from "../shared/errors.ts";
import { LAST_RESORT_REPLY } from "./replies.ts";
import { handoffFor } from "../domain/handoff.ts";

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

/** Recovery gives a turn up after this many sends into the mesh. */
const MAX_RECOVERIES = 3;

/** The gateway's view of the history database as an inbox of accepted turns. */
function historyInbox(history: History): Inbox {
  return {
    async accept({ message }) {
      const r = await history.acceptInboundGrouped(message);
      return { duplicate: !r.created, messageId: r.message_id };
    },
    async unanswered(olderThanMs) {
      return (await history.pendingInbox(olderThanMs)).map((e) => e.envelope);
    },
    finished(messageId) {
      return history.getTurn(messageId);
    },
    async accepted(messageId) {
      const entry = await history.inboxEntry(messageId);
      return entry?.state === "accepted" ? entry.envelope : null;
    },
    async replySeq(messageId) {
      return (await history.replyOf(messageId))?.seq ?? null;
    },
  };
}

/** Builds the gateway's routes and starts its background work. */
export async function createGateway(opts: GatewayOptions): Promise<Gateway> {
  const { config, log, bus, history } = opts;
  const metrics = new GatewayMetrics();
  let agentToken = config.AGENT_TOKEN;
  if (!agentToken) {
    agentToken = crypto.randomUUID().replaceAll("-", "");
    log.info("No AGENT_TOKEN set: generated one for the agent console", {
      agent_token: agentToken,
    });
  }
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
    addresses: new LocalCounter(),
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

/** A turn the mesh gave up on: store the last-resort reply and queue it for a human. */
async function recordFailedTurn(s: GatewayServices, messageId: string): Promise<void> {
  try {
    const entry = await s.history.inboxEntry(messageId);
    if (!entry || entry.state !== "accepted") return;
    await s.history.markFailed(messageId);
    await s.history.appendMessage({
      conversationId: entry.conversation_id,
      role: "assistant",
      text: LAST_RESORT_REPLY,
      messageId,
      dedupeKey: `${messageId}:assistant`,
      meta: { outcome: "failed" },
    });
    await s.history.upsertHandoff(
      handoffFor(entry.envelope, "the mesh could not finish this turn", "high"),
    );
  } catch (err) {
    s.log.error("Cannot record a failed turn", {
      message_id: messageId,
      error: describeError(err),
    });
  }
}

/** Age past which the recovery sweep re-sends a turn still unanswered. */
function sweepAfterMs(config: Config): number {
  return Math.max(60_000, config.TURN_TIMEOUT_MS * 6);
}

/** The handoff queue consumer, recovery of unanswered turns and the retention job. */
async function startBackground(s: GatewayServices): Promise<{ stop(): Promise<void> }> {
  const { log, history, turns, config } = s;
  const consumer: Consumer = await s.bus.consumeHandoffs("console", async (h, d) => {
    await history.upsertHandoff(h);
    await d.ack();
  });
  const sweep = async (olderThanMs: number) => {
    for (const entry of await history.pendingInbox(olderThanMs)) {
      if (await history.noteRecovery(entry.message_id) > MAX_RECOVERIES) {
        log.warn("Giving up an unanswered turn", { message_id: entry.message_id });
        await recordFailedTurn(s, entry.message_id);
        continue;
      }
      await turns.publish({ ...entry.envelope, reply_to: turns.replyTo });
    }
  };
  // At start, everything still accepted was left by an earlier run, when this gateway is
  // the history's only one (SQLite). A shared history (PostgreSQL) also holds the turns other
  // gateways have in flight: leave those their turn timeout.
  const leftOver = history.kind === "sqlite" ? 0 : config.TURN_TIMEOUT_MS;
  await sweep(leftOver).catch((err) =>
    log.error("Cannot recover turns", { error: describeError(err) })
  );
  const recovery = setInterval(() => {
    sweep(sweepAfterMs(config)).catch((err) =>
      log.error("Cannot recover turns", { error: describeError(err) })
    );
  }, 30_000);
  const purge = async () => {
    if (config.RETENTION_DAYS <= 0) return;
    try {
      const removed = await history.purgeOlderThan(config.RETENTION_DAYS);
      if (removed.turns || removed.conversations) {
        log.info("Retention: removed old history", { ...removed });
      }
    } catch (err) {
      log.error("Cannot apply retention", { error: describeError(err) });
    }
  };
  let purging = purge();
  // One purge at a time: a slow one (a large backlog) is not started again on top of itself.
  const retention = setInterval(() => {
    purging = purging.then(purge);
  }, 3_600_000);
  return {
    async stop() {
      clearInterval(recovery);
      clearInterval(retention);
      await purging;
      await consumer.drain();
    },
  };
}
