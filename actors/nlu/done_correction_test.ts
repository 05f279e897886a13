import assert from "node:assert/strict";
import { doneItemsReading } from "./done_correction.ts";
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";

function reading(intent: IntentEnrichment["intent"], orderIds: string[] = []): IntentEnrichment {
  return {
    intent,
    confidence: 0.7,
    alternatives: [],
    entities: {
      order_ids: orderIds,
      products: [],
      emails: [],
      dates: [],
      money: [],
      quantities: [],
    },
    source: "classifier",
  } as unknown as IntentEnrichment;
}

const DONE: DoneChange = {
  type: "modify_items",
  order_id: "ORD-1003",
  at: "2026-06-15T11:59:00.000Z",
  items: [{ sku: "OUT-102", name: "Insulated Water Bottle", from: 2, to: 3 }],
};

Deno.test("'actually no wait, make it 2 more' after a change of items changes that order again", () => {
  for (
    const [text, was] of [
      ["actually no wait, make it 2 more", "deny"],
      ["oops I meant 4", "complaint"],
      ["can you undo that", "order_status"],
    ] as const
  ) {
    const r = doneItemsReading(reading(was), text, DONE, false)!;
    assert.equal(r.intent, "modify_order", text);
    assert.deepEqual(r.entities.order_ids, ["ORD-1003"], text);
    assert.equal(r.source, "conversation", text);
  }
});

Deno.test("with a change waiting, another change done, or no correction, it reads nothing", () => {
  assert.equal(doneItemsReading(reading("deny"), "make it 2 more", DONE, true), null);
  const cancelled: DoneChange = { type: "cancel_order", order_id: "ORD-1003", at: DONE.at };
  assert.equal(doneItemsReading(reading("deny"), "oops I meant 4", cancelled, false), null);
  assert.equal(doneItemsReading(reading("small_talk"), "thanks!", DONE, false), null);
  assert.equal(
    doneItemsReading(reading("order_status", ["ORD-1001"]), "no wait, where is 1001", DONE, false),
    null,
  );
});
