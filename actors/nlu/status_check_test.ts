import assert from "node:assert/strict";
import type { Intent } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import { orderLookedAt, statusCheck } from "./status_check.ts";

const reading = (intent: Intent, confidence = 0.25) =>
  intentOf(intent, "", { confidence, source: "classifier" });

Deno.test("a state put to us to confirm is a status question", () => {
  for (
    const t of [
      "they havent shipped right",
      "the shoes havent been sent yet, correct?",
      "it's been delivered right?",
      "so the headphones are on the way, right",
    ]
  ) {
    assert.equal(statusCheck(reading("complaint"), t)?.intent, "order_status", t);
  }
});

Deno.test("a state told, a sure reading or another question is left as read", () => {
  assert.equal(statusCheck(reading("complaint"), "my order has not arrived yet!!"), null);
  assert.equal(
    statusCheck(reading("delivery_problem"), "they shipped it to the wrong address right"),
    null,
  );
  assert.equal(statusCheck(reading("order_status", 0.9), "it hasnt shipped yet right?"), null);
  assert.equal(statusCheck(reading("cancel_order"), "it hasnt shipped yet right?"), null);
});

Deno.test("an order number given only to be looked at is where it stands", () => {
  const withRef = (intent: Intent) => ({
    ...reading(intent),
    entities: {
      ...reading(intent).entities,
      order_refs: [{ text: "1002", id: "ORD-1002", form: "bare" as const }],
    },
  });
  for (const t of ["can you check 1002", "can you check 1002?", "look up order 1002 for me pls"]) {
    assert.equal(orderLookedAt(withRef("other"), t)?.intent, "order_status", t);
  }
  // Something else asked besides, or no order given: not this reading.
  assert.equal(orderLookedAt(withRef("other"), "can you check 1002 and cancel it"), null);
  assert.equal(orderLookedAt(reading("other"), "can you check it"), null);
});
