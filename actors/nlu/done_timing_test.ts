/** Questions about when the change just carried out reaches the customer. */
import assert from "node:assert/strict";
import { intentOf } from "../../tests/fixtures/turns.ts";
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";
import { doneTimingReading } from "./done_timing.ts";

const AT = "2026-11-25T12:00:00Z";
const REPLACED: DoneChange = { type: "replacement", order_id: "ORD-3001", at: AT };
const REFUNDED: DoneChange = { type: "refund", order_id: "ORD-1002", at: AT };

function reading(intent: IntentEnrichment["intent"], orderIds: string[] = []): IntentEnrichment {
  const r = intentOf(intent, "", { confidence: 0.6, source: "classifier" });
  return { ...r, entities: { ...r.entities, order_ids: orderIds } };
}

Deno.test("'how long will it take' and 'when will the new one arrive' ask when the change comes", () => {
  for (
    const [intent, text] of [
      ["shipping_options", "how long will it take"],
      ["order_status", "when will the new one arrive?"],
      ["order_status", "when will the replacement get here"],
    ] as const
  ) {
    const r = doneTimingReading(reading(intent), text, REPLACED, false);
    assert.equal(r?.intent, "order_status", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-3001"], text);
  }
  const money = doneTimingReading(
    reading("shipping_options"),
    "how long will it take",
    REFUNDED,
    false,
  );
  assert.equal(money?.intent, "refund_status");
  const when = doneTimingReading(
    reading("refund_status"),
    "when do i get my money?",
    REFUNDED,
    false,
  );
  assert.deepEqual(when?.entities.order_ids, ["ORD-1002"]);
});

Deno.test("nothing done, a change waiting, another order or another question: left as read", () => {
  assert.equal(
    doneTimingReading(reading("shipping_options"), "how long will it take", null, false),
    null,
  );
  assert.equal(
    doneTimingReading(reading("shipping_options"), "how long will it take", REPLACED, true),
    null,
  );
  assert.equal(
    doneTimingReading(
      reading("order_status", ["ORD-3002"]),
      "when will ORD-3002 arrive?",
      REPLACED,
      false,
    ),
    null,
  );
  assert.equal(
    doneTimingReading(reading("payment_methods"), "do you take paypal?", REPLACED, false),
    null,
  );
  assert.equal(
    doneTimingReading(
      reading("shipping_options"),
      "how long does express take to Canada",
      REPLACED,
      false,
    ),
    null,
  );
});
