import assert from "node:assert/strict";
import { GatewayMetrics } from "./metrics.ts";

/** Metric names of a Prometheus text exposition, from its `# TYPE` lines. */
function metricNames(text: string): string[] {
  return [...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]);
}

Deno.test("the process's default metrics keep their standard names; only the mesh's own carry mesh_", async () => {
  const metrics = new GatewayMetrics();
  metrics.trackWaitingForBus(() => 0);
  const text = await metrics.registry.metrics();
  const names = metricNames(text);
  for (
    const standard of [
      "process_cpu_seconds_total",
      "process_cpu_user_seconds_total",
      "process_resident_memory_bytes",
      "process_start_time_seconds",
      "nodejs_eventloop_lag_seconds",
      "nodejs_heap_size_used_bytes",
    ]
  ) {
    assert.ok(names.includes(standard), `${standard} is exported under its standard name`);
  }
  const prefixedDefaults = names.filter((n) => /^mesh_(process|nodejs)_/.test(n));
  assert.deepEqual(prefixedDefaults, [], "no default metric is renamed with mesh_");
  const own = names.filter((n) => !/^(process|nodejs)_/.test(n));
  assert.ok(own.length >= 10, `the mesh's own metrics are there: ${own.join(", ")}`);
  for (const n of own) assert.match(n, /^mesh_/, `${n} is one of the mesh's own: mesh_ prefix`);
  assert.match(text, /^process_cpu_seconds_total \d/m, "a sample, not only its help");
  const rss = Number(/^process_resident_memory_bytes (\S+)$/m.exec(text)?.[1]);
  assert.ok(rss > 1_000_000, `the resident size is the process's, not 0: ${rss}`);
});
