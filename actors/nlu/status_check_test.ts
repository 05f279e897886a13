import assert from "node:assert/strict";
import type { Intent } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import { statusCheck } from "./status_check.ts";

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
