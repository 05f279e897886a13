/**
 * The process's standard metrics (prom-client's defaults, under their standard names) made
 * true under Deno's permission sets. prom-client reads memory and descriptors from
 * `/proc/self/*`, which Deno opens only to a process with every permission: under
 * `-P=start` its reads fail and it reports 0 bytes resident and 0 open descriptors. Here the
 * resident size comes from `Deno.memoryUsage()` (no permission needed), and a figure that
 * cannot be read is left out rather than reported as 0.
 */
import client from "prom-client";

/** Default metrics that prom-client fills from `/proc/self` on Linux. */
const FROM_PROC = ["process_virtual_memory_bytes", "process_heap_bytes", "process_open_fds"];

/** Whether this process may read `/proc/self` (Deno asks for every permission). */
function procReadable(): boolean {
  try {
    Deno.readTextFileSync("/proc/self/status");
    return true;
  } catch {
    return false;
  }
}

/** Registers prom-client's default metrics on `registry`, with figures that hold under Deno. */
export function collectProcessMetrics(registry: client.Registry): void {
  client.collectDefaultMetrics({ register: registry });
  registry.removeSingleMetric("process_resident_memory_bytes");
  new client.Gauge({
    name: "process_resident_memory_bytes",
    help: "Resident memory size in bytes.",
    registers: [registry],
    collect() {
      this.set(Deno.memoryUsage().rss);
    },
  });
  if (!procReadable()) {
    for (const name of FROM_PROC) registry.removeSingleMetric(name);
  }
}
