import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const text = "no I've changed my mind, I'll keep them, but when will they ship?";
const pending_action = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

function route(withdraws: boolean) {
  const intent = {
    ...intentOf("order_status", text, { confirmation: "new_request" }),
    ...(withdraws ? { withdraws_pending: true } : {}),
  };
  return decide(turnWith({
    text,
    who: "sarah",
    intent,
    context: castContext("sarah", { order: "ORD-1003" }),
    session: { pending_action },
  }));
}

Deno.test("a question that turns the waiting change down includes execution to drop it", () => {
  const dropped = route(true);
  assert.equal(dropped.action, "act");
  assert.ok(dropped.steps.includes("execution"));
  assert.equal(route(false).action, "answer");
});

Deno.test("a waiting change turned down is dropped even when the rest is asked about again", () => {
  const said = "wait actually can I just pay for it instead";
  const unsure = decide(turnWith({
    text: said,
    who: "sarah",
    intent: {
      ...intentOf("payment_methods", said, { confirmation: "new_request", confidence: 0.3 }),
      withdraws_pending: true,
    },
    context: castContext("sarah", { order: "ORD-1003" }),
    session: { pending_action },
  }));
  assert.equal(unsure.action, "clarify");
  assert.ok(unsure.steps.includes("execution"));
  assert.equal(unsure.include_execution, true);
});
