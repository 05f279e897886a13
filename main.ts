/**
 * Supervisor: resolves the config, chooses the bus, starts the demo store, the actors and
 * the gateway; on SIGINT/SIGTERM drains in-flight messages, then exits. The system itself
 * is `system/` (tests, the demo and the benchmark start it from there).
 *
 *   deno task start            everything in one process (or Workers on NATS)
 *   deno task actor <name>     one actor alone against NATS_URL (container mode)
 */
import { loadConfig } from "./shared/config.ts";
import { createLogger } from "./shared/log.ts";
import { startSystem } from "./system/start.ts";
import { runOneActor, waitForSignal } from "./system/one_actor.ts";

if (import.meta.main) {
  const config = loadConfig();
  const log = createLogger({ level: config.LOG_LEVEL });
  try {
    if (Deno.args[0] === "actor") {
      await runOneActor(Deno.args[1] ?? "", config, log);
    } else {
      const system = await startSystem({ config, log });
      await waitForSignal();
      log.info("Shutting down: draining in-flight messages");
      await system.stop();
    }
    Deno.exit(0);
  } catch (err) {
    log.error("Cannot run Support Mesh", {
      error: err instanceof Error ? err.message : String(err),
      ...(err instanceof Deno.errors.NotCapable
        ? {
          hint: "the task's permission set in deno.json does not allow this (docs/operations.md)",
        }
        : {}),
    });
    Deno.exit(1);
  }
}
