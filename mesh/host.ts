/**
 * Runs actors in this isolate (the gateway's, or a Worker's): loads them, makes their
 * dependencies once per deps module, and starts a runtime for each, chained.
 */
import { type ActorSpec, loadActor } from "./registry.ts";
import { type ActorHandle, LocalSteps, runActor } from "./runtime.ts";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Bus } from "../shared/bus/types.ts";

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
