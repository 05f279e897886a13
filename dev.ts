/**
 * `deno task dev`: the whole system embedded in one process (in-process bus, Deno KV,
 * SQLite, the demo store), restarted by `--watch` when a source file changes. Set BUS to
 * use NATS instead.
 */
import { loadConfig, readEnv } from "./shared/config.ts";
import { createLogger } from "./shared/log.ts";
import { startSystem } from "./system/start.ts";

const config = loadConfig({ BUS: "in_process", LOG_LEVEL: "debug", ...readEnv() });
const log = createLogger({ level: config.LOG_LEVEL, fields: { mode: "dev" } });
const system = await startSystem({ config, log });
log.info("Dev server ready: edits restart it", {
  chat: system.url,
  agent_console: `${system.url}/agent`,
  docs: `${system.url}/docs`,
});

const stop = async () => {
  await system.stop();
  Deno.exit(0);
};
Deno.addSignalListener("SIGINT", stop);
Deno.addSignalListener("SIGTERM", stop);
