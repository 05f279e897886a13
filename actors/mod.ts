/**
 * The actors of the mesh and where each is defined, for the supervisor and Workers.
 */
import type { ActorSpec } from "./supervisor.ts";
import { type ActorHandle, LocalSteps, runActor } from "./runtime.ts";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";
import type { ActorDef } from "./types.ts";

function spec(name: string, file: string, exportName: string): ActorSpec {
  return { name, module: new URL(file, import.meta.url).href, exportName };
}

/** Every actor of the mesh, in route order. */
export const ACTOR_SPECS: readonly ActorSpec[] = [
  spec("sentiment", "./sentiment.ts", "sentimentActor"),
  spec("intent", "./intent.ts", "intentActor"),
  spec("context", "./context.ts", "contextActor"),
  spec("decision_router", "./decision_router.ts", "decisionRouterActor"),
  spec("response", "./response.ts", "responseActor"),
  spec("guardrail", "./guardrail.ts", "guardrailActor"),
  spec("execution", "./execution.ts", "executionActor"),
  spec("escalation_router", "./escalation_router.ts", "escalationRouterActor"),
  spec("aggregator", "./aggregator.ts", "aggregatorActor"),
];

/** Looks an actor's spec up by name. */
export function actorSpec(name: string): ActorSpec | undefined {
  return ACTOR_SPECS.find((s) => s.name === name);
}

/** Loads an actor definition from its spec. */
export async function loadActor(s: ActorSpec): Promise<ActorDef> {
  const mod = await import(s.module);
  const def = mod[s.exportName];
  if (!def || typeof def.process !== "function") {
    throw new Error(`Cannot load actor ${s.name}: ${s.exportName} is not an actor`);
  }
  return def;
}

/**
 * Runs `specs` in this isolate on `bus`, their steps chained when `CHAIN_STEPS` is on. The
 * dependencies come from each spec's deps module, made once per module (`depsFor`).
 */
export async function runActorsHere(opts: {
  specs: readonly ActorSpec[];
  config: Config;
  log: Logger;
  bus: Bus;
  depsFor(module: string | undefined): Promise<unknown>;
}): Promise<{ handles: ActorHandle[]; local: LocalSteps | undefined }> {
  const { config } = opts;
  const local = config.CHAIN_STEPS ? new LocalSteps() : undefined;
  const deps = new Map<string | undefined, Promise<unknown>>();
  const handles: ActorHandle[] = [];
  for (const spec of opts.specs) {
    const actor = await loadActor(spec);
    if (!deps.has(spec.depsModule)) deps.set(spec.depsModule, opts.depsFor(spec.depsModule));
    handles.push(
      await runActor({
        bus: opts.bus,
        actor,
        deps: await deps.get(spec.depsModule),
        log: opts.log,
        deadlineMs: config.ACTOR_DEADLINE_MS,
        maxRetries: config.MAX_RETRIES,
        retryBaseMs: config.RETRY_BASE_MS,
        concurrency: config.ACTOR_CONCURRENCY,
        local,
      }),
    );
  }
  return { handles, local };
}
