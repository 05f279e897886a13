import assert from "node:assert/strict";
import {
  estimateDoubtReading,
  missedEstimate,
  parcelMissedAfterPayment,
} from "./estimate_reading.ts";
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

function reading(intent: Intent, orderIds: string[] = []): IntentEnrichment {
  const r = intentOf(intent, "", { confidence: 0.7, source: "classifier" });
  return { ...r, entities: { ...r.entities, order_ids: orderIds } };
}

Deno.test("a doubt about the estimate just given is that order's status, not the warranty", () => {
  const r = estimateDoubtReading({
    text: "is that guaranteed?",
    reading: reading("policy_question"),
    lastIntent: "order_status",
    lastOrderId: "ORD-2001",
  });
  assert.equal(r?.intent, "order_status");
  assert.deepEqual(r?.entities.order_ids, ["ORD-2001"]);
  assert.equal(r?.alternatives[0].intent, "policy_question");
});

Deno.test("no estimate given before, or another order named: the reading stands", () => {
  const input = { text: "is that guaranteed?", reading: reading("policy_question") };
  assert.equal(
    estimateDoubtReading({ ...input, lastIntent: "product_question", lastOrderId: null }),
    null,
  );
  assert.equal(
    estimateDoubtReading({ ...input, lastIntent: "order_status", lastOrderId: null }),
    null,
  );
  assert.equal(
    estimateDoubtReading({
      text: "what if ORD-1003 doesn't come by then",
      reading: reading("policy_question", ["ORD-1003"]),
      lastIntent: "order_status",
      lastOrderId: "ORD-1001",
    }),
    null,
  );
});

Deno.test("'and if it doesn't?' after an estimate is its status, whatever we offered beside", () => {
  for (const text of ["and if it doesn't?", "what if it doesnt", "and if not?", "so what if not"]) {
    const r = missedEstimate({
      text,
      reading: reading("other"),
      lastIntent: "order_status",
      lastOrderId: "ORD-1001",
    });
    assert.equal(r?.intent, "order_status", text);
  }
  const other = missedEstimate({
    text: "yes please speed it up",
    reading: reading("affirm"),
    lastIntent: "order_status",
    lastOrderId: "ORD-1001",
  });
  assert.equal(other, null);
});

Deno.test("'and if it doesn't come?' after a status beside a way to pay is the parcel's", () => {
  const input = {
    text: "ok and if it doesn't come this week?",
    reading: reading("payment_issue"),
    lastIntent: "payment_methods" as const,
    lastOrderId: "ORD-2001",
  };
  const r = parcelMissedAfterPayment({ ...input, topic: "order_status" });
  assert.equal(r?.intent, "order_status");
  assert.deepEqual(r?.entities.order_ids, ["ORD-2001"]);
  // No estimate given in the conversation, or the payment's own words: not the parcel's.
  assert.equal(parcelMissedAfterPayment({ ...input, topic: null }), null);
  assert.equal(
    parcelMissedAfterPayment({
      ...input,
      text: "and if the transfer doesn't come through?",
      topic: "order_status",
    }),
    null,
  );
  assert.equal(
    parcelMissedAfterPayment({
      ...input,
      text: "and if it doesnt show up?",
      topic: "order_status",
    }),
    null,
  );
});
