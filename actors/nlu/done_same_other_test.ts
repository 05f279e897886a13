import assert from "node:assert/strict";
import { doneSameOtherReading } from "./done_same_other.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const CANCELLED = {
  type: "cancel_order" as const,
  order_id: "ORD-11227",
  at: "2026-06-15T12:00:00Z",
};

Deno.test("'and the other pending one too' after a cancellation cancels the other, not its status", () => {
  const text = "and the other pending one too";
  const r = doneSameOtherReading(intentOf("order_status", text), text, CANCELLED, false)!;
  assert.equal(r.intent, "cancel_order");
  const same = "same for ORD-11225";
  const s = doneSameOtherReading(intentOf("order_status", same), same, CANCELLED, false)!;
  assert.equal(s.intent, "cancel_order");
  assert.deepEqual(s.entities.order_ids, ["ORD-11225"]);
});

Deno.test("'what about my other order' after a change, or anything with a change waiting, is left", () => {
  const what = "thanks, and what about my other order";
  assert.equal(doneSameOtherReading(intentOf("order_status", what), what, CANCELLED, false), null);
  const too = "and the other one too";
  assert.equal(doneSameOtherReading(intentOf("order_status", too), too, CANCELLED, true), null);
  assert.equal(doneSameOtherReading(intentOf("order_status", too), too, null, false), null);
});

Deno.test("'can I return those too?' after a refund asks a return, not the same refund", () => {
  const REFUNDED = { type: "refund" as const, order_id: "ORD-11039", at: "2026-06-15T12:00:00Z" };
  const text = "and the earbuds from the other order, can I return those too?";
  assert.equal(doneSameOtherReading(intentOf("other", text), text, REFUNDED, false), null);
  const same = "and the earbuds from the other order, refund those too";
  assert.equal(
    doneSameOtherReading(intentOf("other", same), same, REFUNDED, false)?.intent,
    "refund_request",
  );
});
