/**
 * Supervisor: resolves the config, chooses the bus, starts the demo store, the actors and
 * the gateway; on SIGINT/SIGTERM drains in-flight messages, then exits. The system itself
 * is `system/` (tests, the demo and the benchmark start it from there); the command line
 * (`--help`, what is missing) is `system/cli.ts`.
 *
 *   deno task start            everything in one process (or Workers on NATS)
 *   deno task actor <name>     one actor alone against NATS_URL (container mode)
 */
import { runCli } from "./system/cli.ts";
import { startSystem } from "./system/start.ts";
import { runOneActor, waitForSignal } from "./system/one_actor.ts";

if (import.meta.main) {
  const code = await runCli(Deno.args, {
    async start(config, log) {
      const system = await startSystem({ config, log });
      await waitForSignal();
      log.info("Shutting down: draining in-flight messages");
      await system.stop();
    },
    actor: runOneActor,
  });
  Deno.exit(code);
}
