/**
 * `/health` (alive) and `/health/ready` (bus, actors, stores, store API, LLM, breakers).
 * The readiness status is open to every probe; its details only to operators.
 */
import { type Context, Hono } from "hono";
import type { Bus } from "../shared/bus/types.ts";
import type { ActorRunner } from "../mesh/supervisor.ts";

/** The result of one dependency check. */
export interface CheckResult {
  ok: boolean;
  /** Essential checks make the gateway unready when they fail; others only degrade it. */
  essential?: boolean;
  [detail: string]: unknown;
}

/** A named dependency check for readiness. */
export interface HealthCheck {
  name: string;
  check(): Promise<CheckResult>;
}

/** What the health routes look at. */
export interface HealthDeps {
  bus: Bus;
  runner: () => ActorRunner | null;
  checks: HealthCheck[];
  startedAt: Date;
  version: string;
  /** Whether this request may see the whole report (default: yes); others get the status. */
  detailed?: (c: Context) => boolean;
}

async function timed(check: HealthCheck): Promise<CheckResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      check.check(),
      new Promise<CheckResult>((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, detail: "check timed out" }), 2000);
      }),
    ]);
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** Computes the readiness report. */
export async function readiness(deps: HealthDeps) {
  const bus = await deps.bus.status().catch((err) => ({
    kind: deps.bus.kind,
    connected: false,
    detail: String(err),
  }));
  const actors = deps.runner()?.states() ?? [];
  const checks: Record<string, CheckResult> = {};
  await Promise.all(deps.checks.map(async (c) => (checks[c.name] = await timed(c))));
  // A gateway-only process (ACTORS=none) has no actors to wait for.
  const actorsReady = actors.every((a) => a.state === "ready");
  const essentialOk = Object.values(checks).every((c) => c.ok || !c.essential);
  const allOk = Object.values(checks).every((c) => c.ok);
  const ready = bus.connected && actorsReady && essentialOk;
  return {
    // `not ready` (503): a turn cannot be taken now (the bus cannot take a publish, an
    // actor is down, an essential store fails); `degraded` (200): it can, with less.
    status: !ready ? "not ready" : allOk ? "ready" : "degraded",
    bus,
    actors,
    checks,
    uptime_s: Math.round((Date.now() - deps.startedAt.getTime()) / 1000),
    version: deps.version,
  };
}

/** The health routes. */
export function healthRoutes(deps: HealthDeps): Hono {
  const app = new Hono();
  app.get("/health", (c) => c.json({ status: "alive", version: deps.version }));
  app.get("/health/ready", async (c) => {
    const report = await readiness(deps);
    const status = report.status === "not ready" ? 503 : 200;
    const detailed = deps.detailed?.(c) ?? true;
    return c.json(detailed ? report : { status: report.status }, status);
  });
  return app;
}
