import assert from "node:assert/strict";
import { deferredAsked } from "./deferred_asked.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const raised = {
  deferred: [{
    intent: "delivery_problem" as const,
    order_id: "ORD-3002",
    text: "replace the mixer",
    raised: true,
  }],
};

Deno.test("'and the second matter?' after a change put off was raised again is its yes", () => {
  for (
    const text of [
      "And the second matter?",
      "what about the other thing?",
      "ok, the next one please",
    ]
  ) {
    assert.equal(
      deferredAsked(intentOf("other", text), text, raised, null)?.intent,
      "affirm",
      text,
    );
  }
  // Nothing raised, or a change waiting for its own yes: not this reading.
  const text = "And the second matter?";
  assert.equal(deferredAsked(intentOf("other", text), text, { deferred: [] }, null), null);
  assert.equal(
    deferredAsked(intentOf("other", "and the other order?"), "and the other order?", raised, null),
    null,
  );
});
