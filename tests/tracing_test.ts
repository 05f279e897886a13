/**
 * One turn is one trace: the gateway's turn span is the parent of a span per actor, on
 * the in-process bus and across JetStream (trace context in the message and headers).
 */
import assert from "node:assert/strict";
import { trace } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { startTestSystem, type SystemBus } from "./helpers/system.ts";
import { natsMissing } from "./helpers/nats.ts";

const exporter = new InMemorySpanExporter();
trace.setGlobalTracerProvider(
  new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
);

for (const bus of ["in_process", "jetstream"] as SystemBus[]) {
  Deno.test({
    name: `[${bus}] a turn is one trace with a span per actor under the turn's span`,
    ignore: bus === "jetstream" && natsMissing(),
    sanitizeOps: false,
    sanitizeResources: false,
    async fn() {
      exporter.reset();
      // Actors in this process (not Workers) so this process's tracer sees their spans.
      await using t = await startTestSystem({ bus, env: { ACTOR_WORKERS: "false" } });
      const sarah = await t.session("sarah.chen@example.com");
      const reply = await sarah.say("Where is my order ORD-1001?");
      const spans = exporter.getFinishedSpans();
      const turn = spans.find((s) =>
        s.name === "turn" && spans.some((c) => c.attributes["mesh.message_id"] === reply.message_id)
      );
      assert.ok(turn, "the turn's span");
      const steps = spans.filter((s) => s.attributes["mesh.message_id"] === reply.message_id);
      assert.deepEqual(
        steps.map((s) => s.attributes["mesh.actor"]).sort(),
        reply.trace.actors.map((a) => a.actor).sort(),
        "one span per actor that ran",
      );
      for (const s of steps) {
        assert.equal(s.spanContext().traceId, turn.spanContext().traceId, "same trace");
        assert.equal(s.parentSpanContext?.spanId, turn.spanContext().spanId, "child of the turn");
        assert.equal(s.attributes["mesh.outcome"], "ok");
      }
    },
  });
}
