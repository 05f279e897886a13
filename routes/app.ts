/**
 * The gateway: Hono routes for HTTP, WebSocket, pages, docs, health and metrics.
 */
import { Hono } from "hono";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";
import type { ActorRunner } from "../actors/supervisor.ts";
import { errorHandler, problem } from "./problem.ts";
import { type HealthCheck, healthRoutes } from "./health.ts";

/** What the gateway is built from. */
export interface GatewayOptions {
  config: Config;
  log: Logger;
  bus: Bus;
  runner: () => ActorRunner | null;
  version: string;
  checks?: HealthCheck[];
}

/** A built gateway. */
export interface Gateway extends AsyncDisposable {
  app: Hono;
  fetch: (req: Request) => Response | Promise<Response>;
}

/** Builds the gateway's routes and background work. */
// deno-lint-ignore require-await
export async function createGateway(opts: GatewayOptions): Promise<Gateway> {
  const app = new Hono();
  app.onError(errorHandler(opts.log));
  app.notFound((c) =>
    problem(404, `Cannot find ${new URL(c.req.url).pathname}: no such route`, {
      instance: new URL(c.req.url).pathname,
    })
  );
  app.route(
    "/",
    healthRoutes({
      bus: opts.bus,
      runner: opts.runner,
      checks: opts.checks ?? [],
      startedAt: new Date(),
      version: opts.version,
    }),
  );
  return {
    app,
    fetch: app.fetch,
    [Symbol.asyncDispose]: async () => {},
  };
}
