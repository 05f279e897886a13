/**
 * Builds the dependencies actors receive: the store's API, the session store, the LLM,
 * the history database, the handoff stream. One factory, no module-level singletons.
 */
import type { Bus } from "../shared/bus/types.ts";
import type { Config } from "../shared/config.ts";
import type { Logger } from "../shared/log.ts";
import type { Handoff } from "../shared/protocol.ts";

/** Everything an actor may need; each actor declares the narrow part it uses. */
export interface MeshDeps extends AsyncDisposable {
  config: Config;
  log: Logger;
  now(): Date;
  publishHandoff(handoff: Handoff): Promise<void>;
}

/** Creates the dependencies for actors of this process or Worker. */
// deno-lint-ignore require-await
export async function createDeps(config: Config, log: Logger, bus: Bus): Promise<MeshDeps> {
  return {
    config,
    log,
    now: () => new Date(),
    publishHandoff: (h) => bus.publishHandoff(h),
    [Symbol.asyncDispose]: async () => {},
  };
}
