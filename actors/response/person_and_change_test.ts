import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import type { IntentRequest } from "../../shared/protocol.ts";
import { castContext, fixtureCtx, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function part(intent: IntentRequest["intent"], confidence: number, text: string): IntentRequest {
  return { intent, confidence, text, start: 0, end: text.length };
}

Deno.test("a handoff beside a change proposes the change, then announces the person", async () => {
  const text = "get me a manager and cancel ORD-1003";
  const requests = [
    part("human_agent", 0.67, "get me a manager"),
    part("cancel_order", 0.99, "cancel ORD-1003"),
  ];
  const msg = turnWith({
    text,
    who: "sarah",
    intent: { ...intentOf("human_agent", text, { confidence: 0.67 }), requests },
    decision: {
      action: "handoff",
      priority: "normal",
      include_execution: true,
      steps: ["response", "guardrail", "execution", "escalation_router", "aggregator"],
      reasons: ["a person asked for beside cancel_order"],
    },
    context: castContext("sarah", { order: "ORD-1003" }),
  });
  const r = (await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx()))
    .enrichment!;
  assert.equal(r.proposed_actions[0]?.type, "cancel_order");
  assert.match(r.text, /cancel/);
  assert.match(r.text, /You asked for a person too/);
  assert.ok(r.text.indexOf("cancel") < r.text.indexOf("member of our team"), r.text);
});
