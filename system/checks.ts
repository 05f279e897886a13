/**
 * Readiness checks beyond the bus and the stores: the launched nats-server, the store's API, the LLM, the circuit breakers.
 */
import { type Config } from "../shared/config.ts";
import { type LaunchedNats } from "../shared/nats_launcher.ts";
import { type ActorRunner } from "../mesh/supervisor.ts";
import { type MeshDeps } from "../mesh/deps.ts";
import type { HealthCheck } from "../routes/health.ts";
import type { BreakerSnapshot } from "../shared/circuit_breaker.ts";

/** Readiness check of the nats-server this process launched (none when it launched none). */
export function launchedNatsCheck(nats: LaunchedNats | null): HealthCheck[] {
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
export function dependencyChecks(
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
