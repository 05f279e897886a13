/**
 * Logs join traces: with tracing on (OTEL_DENO=true, spans exported to an OTLP/HTTP
 * collector) a line an actor logs during its step carries the step span's `trace_id` and
 * `span_id`, the very ids the collector receives; with tracing off no line carries them.
 */
import assert from "node:assert/strict";
import { freePort } from "./helpers/binaries.ts";
import { type OtlpSpan, startOtlpCollector } from "./helpers/otlp_collector.ts";

const attr = (s: OtlpSpan, key: string) =>
  s.attributes?.find((a) => a.key === key)?.value.stringValue;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the whole system (in-process bus) with an LLM that cannot be reached, so the intent
 * actor logs "LLM intent failed" inside its step; plays one turn; returns the log lines,
 * the turn's message id and the spans the collector received.
 */
async function oneTurn(tracing: boolean): Promise<{
  lines: Record<string, unknown>[];
  messageId: string;
  spans: OtlpSpan[];
}> {
  const collector = startOtlpCollector();
  const { spans } = collector;
  const collectorPort = collector.port;
  const dataDir = await Deno.makeTempDir({ prefix: "mesh_logtrace_" });
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts"],
    cwd: new URL("..", import.meta.url).pathname,
    env: {
      ...(tracing
        ? {
          OTEL_DENO: "true",
          OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collectorPort}`,
          OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
          OTEL_SERVICE_NAME: "support-mesh-log-test",
        }
        : {}),
      BUS: "in_process",
      PORT: String(port),
      MOCKS_PORT: "0",
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      // Nothing listens on port 9: the LLM call fails at once and the classifier answers.
      LLM_BASE_URL: "http://127.0.0.1:9/v1",
      LLM_TIMEOUT_MS: "500",
    },
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const stderr = new Response(child.stderr).text();
  let messageId = "";
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      if (await fetch(`${base}/health/ready`).then((r) => r.ok, () => false)) break;
      await sleep(200);
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
    messageId = reply.message_id;
    const intentSpan = () =>
      spans.find((s) => attr(s, "mesh.message_id") === messageId && s.name === "actor intent");
    for (let i = 0; tracing && i < 100 && !intentSpan(); i++) await sleep(200);
  } finally {
    child.kill("SIGTERM");
    await child.status;
    await collector.shutdown();
    await Deno.remove(dataDir, { recursive: true });
  }
  const lines = (await stderr).split("\n").filter((l) => l.startsWith("{")).map((l) =>
    JSON.parse(l)
  );
  return { lines, messageId, spans };
}

Deno.test("with tracing on, a line logged during an actor's step carries that step's trace_id and span_id", async () => {
  const { lines, messageId, spans } = await oneTurn(true);
  const failed = lines.find((l) =>
    l.msg === "LLM intent failed: the classifier answers" && l.message_id === messageId
  );
  assert.ok(failed, `the intent actor logged its fallback: ${JSON.stringify(lines.slice(-5))}`);
  const span = spans.find((s) =>
    attr(s, "mesh.message_id") === messageId && s.name === "actor intent"
  );
  assert.ok(span, "the intent step's span reached the collector");
  assert.equal(failed.trace_id, span.traceId.toLowerCase(), "the step's trace");
  assert.equal(failed.span_id, span.spanId.toLowerCase(), "the step's own span");
  const outside = lines.find((l) => l.msg === "Gateway listening");
  assert.ok(outside, "the start-up lines are there");
  assert.equal(
    outside.trace_id,
    undefined,
    `a start-up line, logged outside any span, has no trace_id: ${JSON.stringify(outside)}`,
  );
});

Deno.test("with tracing off, no log line carries trace_id or span_id", async () => {
  const { lines, messageId } = await oneTurn(false);
  assert.ok(
    lines.some((l) =>
      l.msg === "LLM intent failed: the classifier answers" && l.message_id === messageId
    ),
    "the same line is logged",
  );
  const traced = lines.filter((l) => "trace_id" in l || "span_id" in l);
  assert.deepEqual(traced, [], "no trace fields without tracing");
});
