import assert from "node:assert/strict";
import { refundNotThereReading } from "./refund_not_there.ts";
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";

function reading(intent: IntentEnrichment["intent"]): IntentEnrichment {
  return {
    intent,
    confidence: 0.6,
    alternatives: [],
    entities: { order_ids: [], products: [], emails: [], dates: [], money: [], quantities: [] },
    source: "classifier",
  } as unknown as IntentEnrichment;
}

const REFUNDED: DoneChange = { type: "refund", order_id: "ORD-3001", at: "2026-06-15T11:00:00Z" };

Deno.test("'it's not there yet' after a refund asks about the refund, not a parcel", () => {
  for (
    const text of ["it's not there yet", "still nothing", "hasn't arrived yet", "not in my account"]
  ) {
    const r = refundNotThereReading(reading("delivery_problem"), text, {
      done: REFUNDED,
      topic: "refund_status",
      pending: false,
    })!;
    assert.equal(r.intent, "refund_status", text);
    assert.deepEqual(r.entities.order_ids, ["ORD-3001"], text);
  }
});

Deno.test("a parcel named, nothing refunded, or a change waiting keeps the reading", () => {
  const ctx = { done: REFUNDED, topic: "refund_status" as const, pending: false };
  assert.equal(
    refundNotThereReading(reading("delivery_problem"), "the parcel still hasn't arrived", ctx),
    null,
  );
  assert.equal(
    refundNotThereReading(reading("delivery_problem"), "it's not there yet", {
      done: null,
      topic: "order_status",
      pending: false,
    }),
    null,
  );
  assert.equal(
    refundNotThereReading(reading("delivery_problem"), "still nothing", { ...ctx, pending: true }),
    null,
  );
});

Deno.test("'it was supposed to come last week' about a refund asked for is the refund", () => {
  const ctx = { done: null, topic: "refund_status" as const, pending: false };
  for (const text of ["it was supposed to come last week", "it should have been here by now"]) {
    assert.equal(
      refundNotThereReading(reading("delivery_problem"), text, ctx)?.intent,
      "refund_status",
      text,
    );
  }
  assert.equal(
    refundNotThereReading(reading("delivery_problem"), "it was supposed to come last week", {
      ...ctx,
      topic: "order_status",
    }),
    null,
  );
  assert.equal(
    refundNotThereReading(reading("delivery_problem"), "the parcel was supposed to come", ctx),
    null,
  );
});
