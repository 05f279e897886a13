/**
 * Deno's built-in OpenTelemetry, for real: `deno task start` with OTEL_DENO=true exports
 * the HTTP spans and ours to an OTLP/HTTP collector; one turn is one trace with a span per
 * actor under the turn's span.
 */
import assert from "node:assert/strict";
import { freePort } from "./helpers/binaries.ts";
import { type OtlpSpan, startOtlpCollector } from "./helpers/otlp_collector.ts";

const attr = (s: OtlpSpan, key: string) =>
  s.attributes?.find((a) => a.key === key)?.value.stringValue;

Deno.test("with OTEL_DENO=true a turn is exported as one trace with a span per actor", async () => {
  const collector = startOtlpCollector();
  const { spans } = collector;
  const collectorPort = collector.port;
  const dataDir = await Deno.makeTempDir({ prefix: "mesh_otel_" });
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts"],
    cwd: new URL("..", import.meta.url).pathname,
    env: {
      OTEL_DENO: "true",
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      OTEL_SERVICE_NAME: "support-mesh-test",
      BUS: "in_process",
      PORT: String(port),
      MOCKS_PORT: "0",
      DATA_DIR: dataDir,
      LOG_LEVEL: "error",
    },
    stdout: "null",
    stderr: "null",
  }).spawn();
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      const ok = await fetch(`${base}/health/ready`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const session = await fetch(`${base}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "sarah.chen@example.com" }),
    }).then((r) => r.json());
    const reply = await fetch(`${base}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ message: "Where is my order ORD-1001?" }),
    }).then((r) => r.json());
    const actors = reply.trace.actors.map((a: { actor: string }) => a.actor) as string[];
    const mine = () => spans.filter((s) => attr(s, "mesh.message_id") === reply.message_id);
    for (let i = 0; i < 100 && mine().length < actors.length; i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const steps = mine();
    assert.deepEqual(steps.map((s) => attr(s, "mesh.actor")).sort(), [...actors].sort());
    const traceId = steps[0].traceId;
    const turn = spans.find((s) => s.name === "turn" && s.spanId === steps[0].parentSpanId);
    for (let i = 0; i < 50 && !spans.some((s) => s.name === "turn"); i++) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const turnSpan = turn ?? spans.find((s) => s.name === "turn" && s.traceId === traceId);
    assert.ok(turnSpan, "the turn's span is exported");
    for (const s of steps) {
      assert.equal(s.traceId, turnSpan.traceId, "one trace");
      assert.equal(s.parentSpanId, turnSpan.spanId, "each actor span is a child of the turn");
    }
    assert.ok(
      spans.some((s) => /POST|GET/.test(s.name)),
      "Deno's own HTTP server spans are exported too",
    );
  } finally {
    child.kill("SIGTERM");
    await child.status;
    await collector.shutdown();
    await Deno.remove(dataDir, { recursive: true });
  }
});
