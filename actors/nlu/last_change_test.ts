/** Questions about the change just carried out are about that order. */
import assert from "node:assert/strict";
import { intentOf } from "../../tests/fixtures/turns.ts";
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";
import { lastChangeReading } from "./last_change.ts";

const DONE: DoneChange = { type: "cancel_order", order_id: "ORD-1003", at: "2026-11-25T12:00:00Z" };

function reading(intent: IntentEnrichment["intent"], confidence = 0.3): IntentEnrichment {
  return intentOf(intent, "", { confidence, source: "classifier" });
}

Deno.test("'did it work?' and 'can you undo that?' after a change ask about that order", () => {
  for (
    const [intent, text] of [
      ["affirm", "did it work?"],
      ["small_talk", "so is it done?"],
      ["other", "has it gone through"],
      ["cancel_order", "ok so it's cancelled now?"],
      ["small_talk", "actually can you undo that"],
      ["cancel_order", "please cancel the cancellation"],
    ] as const
  ) {
    const r = lastChangeReading(reading(intent), text, DONE, false);
    assert.equal(r?.intent, "order_status", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-1003"], text);
    assert.equal(r?.source, "conversation");
  }
});

Deno.test("without a change done, with one pending, or with a request of its own: left as read", () => {
  assert.equal(lastChangeReading(reading("affirm"), "did it work?", null, false), null);
  assert.equal(lastChangeReading(reading("affirm"), "did it work?", DONE, true), null);
  assert.equal(
    lastChangeReading(reading("refund_status", 0.9), "did the refund go through?", DONE, false),
    null,
  );
  assert.equal(
    lastChangeReading(reading("small_talk"), "thanks, that worked", DONE, false),
    null,
  );
});
