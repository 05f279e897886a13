import assert from "node:assert/strict";
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";
import { doneTotalReading } from "./done_total.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const reading: IntentEnrichment = intentOf("other", "", {
  confidence: 0.4,
  source: "classifier",
});
const items: DoneChange = {
  type: "modify_items",
  order_id: "ORD-11233",
  at: "2026-12-07T10:00:00Z",
};

Deno.test("'what's the new total?' after a change of items is that order's status and total", () => {
  for (
    const text of ["what's the new total?", "so how much is it now?", "great, whats the total now"]
  ) {
    const r = doneTotalReading(reading, text, items, false);
    assert.equal(r?.intent, "order_status", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-11233"], text);
  }
});

Deno.test("after another change, with a change waiting, or another question: not read so", () => {
  const cancel = { ...items, type: "cancel_order" as const };
  assert.equal(doneTotalReading(reading, "what's the new total?", cancel, false), null);
  assert.equal(doneTotalReading(reading, "what's the new total?", items, true), null);
  assert.equal(
    doneTotalReading(reading, "what's the total of ORD-1001 and ORD-1002?", items, false),
    null,
  );
});
