import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import type { IntentRequest } from "../../shared/protocol.ts";

function part(intent: IntentRequest["intent"], confidence: number, text: string): IntentRequest {
  return { intent, confidence, text, start: 0, end: text.length };
}

const MANAGER_AND_CANCEL = "get me a manager and cancel ORD-1003";

function sarahSays(text: string, requests: IntentRequest[], session = {}) {
  return turnWith({
    text,
    who: "sarah",
    intent: { ...intentOf(requests[0].intent, text, { confidence: 0.67 }), requests },
    context: castContext("sarah", { order: "ORD-1003" }),
    session,
  });
}

Deno.test("a person asked for beside a change: handed over, and the change answered too", () => {
  const d = decide(sarahSays(MANAGER_AND_CANCEL, [
    part("human_agent", 0.67, "get me a manager"),
    part("cancel_order", 0.99, "cancel ORD-1003"),
  ]));
  assert.equal(d.action, "handoff");
  assert.equal(d.include_execution, true);
  // Execution proposes the change before the escalation router queues the person.
  assert.ok(d.steps.indexOf("execution") < d.steps.indexOf("escalation_router"), d.steps.join());
});

Deno.test("'manager. now. and refund ORD-1002' queues the person beside the refund", () => {
  const text = "manager. now. and refund ORD-1002";
  const d = decide(turnWith({
    text,
    who: "sarah",
    intent: intentOf("refund_request", text, { confidence: 0.48 }),
    context: {
      ...castContext("sarah", { order: "ORD-1002" }),
      focus: { order_id: "ORD-1002", why: "explicit" },
    },
  }));
  assert.equal(d.action, "handoff");
  assert.equal(d.include_execution, true);
});

Deno.test("while a person is on the way, a change asked beside asking again is acted on", () => {
  const d = decide(sarahSays("cancel ORD-1003 and get me a manager too", [
    part("human_agent", 0.47, "get me a manager too"),
    part("cancel_order", 0.99, "cancel ORD-1003"),
  ], {
    open_handoff: { id: "h-1", priority: "normal", opened_at: "2026-06-15T11:00:00.000Z" },
  }));
  assert.equal(d.action, "act");
});

Deno.test("a person asked for alone is still a plain handoff, with no execution", () => {
  const d = decide(sarahSays("get me a manager", [part("human_agent", 0.9, "get me a manager")]));
  assert.equal(d.action, "handoff");
  assert.equal(d.include_execution, false);
});

Deno.test("a person asked for 'about cancelling ORD-1003': the cancellation answered too", () => {
  const text = "I want to talk to a person about cancelling ORD-1003";
  const d = decide(turnWith({
    text,
    who: "sarah",
    intent: intentOf("human_agent", text, { confidence: 0.9 }),
    context: {
      ...castContext("sarah", { order: "ORD-1003" }),
      focus: { order_id: "ORD-1003", why: "explicit" },
    },
  }));
  assert.equal(d.action, "handoff");
  assert.equal(d.include_execution, true);
});

Deno.test("a person asked for in so many words beside a delivery problem is handed over", () => {
  const text = "can i speak to someone, my order ORD-1001 hasn't arrived";
  const d = decide(turnWith({
    text,
    who: "sarah",
    intent: intentOf("delivery_problem", text, { confidence: 0.8 }),
    context: castContext("sarah", { order: "ORD-1001" }),
  }));
  assert.equal(d.action, "handoff");
  const declined = "no need to talk to a person, my order ORD-1001 hasn't arrived";
  const e = decide(turnWith({
    text: declined,
    who: "sarah",
    intent: intentOf("delivery_problem", declined, { confidence: 0.8 }),
    context: castContext("sarah", { order: "ORD-1001" }),
  }));
  assert.notEqual(e.action, "handoff");
});
