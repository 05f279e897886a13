import assert from "node:assert/strict";
import type { OrderView } from "../shared/protocol.ts";
import { refundOnItsWay, refundOnTimeOrder } from "./refund_on_time.ts";

const NOW = new Date("2026-12-08T12:00:00Z");
function order(id: string, status: string, due: string | null): OrderView {
  return {
    id,
    status: "cancelled",
    total: 260.36,
    currency: "EUR",
    items: [],
    refunds: due
      ? [{
        amount: 260.36,
        reason: "Order cancelled",
        status,
        created_at: "2026-12-05T10:00:00Z",
        expected_by: due,
      }]
      : [],
  } as unknown as OrderView;
}

Deno.test("a refund due on a day ahead is on its way; one paid out or overdue is not", () => {
  assert.ok(refundOnItsWay(order("ORD-1", "processing", "2026-12-10T10:00:00Z"), NOW));
  assert.ok(!refundOnItsWay(order("ORD-1", "completed", "2026-12-10T10:00:00Z"), NOW));
  assert.ok(!refundOnItsWay(order("ORD-1", "processing", "2026-12-07T10:00:00Z"), NOW));
  assert.ok(!refundOnItsWay(order("ORD-1", "processing", null), NOW));
});

Deno.test("'still no refund' with none named is the one order whose refund is on its way", () => {
  const onWay = order("ORD-11158", "processing", "2026-12-10T10:00:00Z");
  const old = order("ORD-10001", "completed", "2026-06-10T10:00:00Z");
  assert.equal(refundOnTimeOrder(null, "none", [old, onWay], NOW), onWay);
  assert.equal(refundOnTimeOrder(null, "none", [onWay, { ...onWay, id: "ORD-2" }], NOW), null);
  assert.equal(refundOnTimeOrder(old, "found", [old, onWay], NOW), null);
  assert.equal(refundOnTimeOrder(onWay, "found", [onWay], NOW), onWay);
});
