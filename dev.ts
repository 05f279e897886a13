/**
 * The dev server: the whole system embedded in one process (in-process bus, Deno KV,
 * SQLite, the demo store). `deno task dev` runs it under `scripts/dev.ts`, which starts it
 * again when a source file changes; the agent token and session secret are kept under
 * DATA_DIR, so a restart keeps the console signed in. Set BUS to use NATS instead.
 */
import { loadConfig, readEnv } from "./shared/config.ts";
import { createLogger, silentLogger } from "./shared/log.ts";
import { outsideSpans } from "./shared/tracing.ts";
import { startSystem } from "./system/start.ts";
import { resolveAgentToken } from "./gateway/secrets.ts";

await outsideSpans(async () => {
  const config = loadConfig({ BUS: "in_process", LOG_LEVEL: "debug", ...readEnv() });
  const log = createLogger({ level: config.LOG_LEVEL, fields: { mode: "dev" } });
  const system = await startSystem({ config, log });
  log.info("Dev server ready: edits restart it", {
    chat: system.url,
    agent_console: `${system.url}/agent`,
    // The gateway's own, read again: AGENT_TOKEN, or the one kept under DATA_DIR.
    agent_token: await resolveAgentToken(config, silentLogger),
    docs: `${system.url}/docs`,
  });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    stopping ??= (async () => {
      log.info("Dev server stopping: draining in-flight messages");
      await system.stop();
      Deno.exit(0);
    })();
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
});
