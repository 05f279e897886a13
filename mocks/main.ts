/**
 * `deno task mocks`: the demo store on its own, on `MOCKS_PORT` (default 8100), with the
 * faults of `MOCKS_LATENCY_MS` and `MOCKS_ERROR_RATE`. Stops on SIGINT or SIGTERM.
 */
import { loadConfig } from "../shared/config.ts";
import { createLogger } from "../shared/log.ts";
import { startStore } from "./server.ts";

const config = loadConfig();
const log = createLogger({ level: config.LOG_LEVEL, fields: { component: "mocks" } });
const running = await startStore({
  port: config.MOCKS_PORT,
  hostname: "0.0.0.0",
  log,
  faults: { all: { latency_ms: config.MOCKS_LATENCY_MS, error_rate: config.MOCKS_ERROR_RATE } },
  statePath: config.mocksStatePath,
});
log.info("demo store ready", {
  url: running.url,
  openapi: `${running.url}/openapi.json`,
  customers: running.store.state.data.customers.length,
  orders: running.store.state.data.orders.length,
});

const stop = async () => {
  log.info("demo store stopping");
  await running.close();
  Deno.exit(0);
};
Deno.addSignalListener("SIGINT", stop);
Deno.addSignalListener("SIGTERM", stop);
