import assert from "node:assert/strict";
import type { ContextEnrichment, OrderView } from "../../shared/protocol.ts";
import { noRefundLine, refundHandoffFacts, refundOrderOf } from "./refund_handoff.ts";
import type { TurnView } from "./view.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const order = (id: string, patch: Partial<OrderView> = {}): OrderView => ({
  id,
  status: "delivered",
  placed_at: "2026-02-20T10:00:00Z",
  total: 100,
  currency: "USD",
  items: [],
  tracking_number: null,
  payment_status: "paid",
  refunded_amount: 0,
  refunds: [],
  ...patch,
});
const refunded = order("ORD-11065", {
  status: "refunded",
  refunded_amount: 100,
  payment_method: "card",
  refunds: [{
    amount: 100,
    reason: "Refund requested",
    status: "processing",
    created_at: "2026-03-09T09:00:00Z",
    expected_by: "2026-03-14T09:00:00Z",
  }],
});
const back = order("ORD-10987", { status: "returned", return_id: "RMA-000069" });
const ctx = (orders: OrderView[]) => ({ orders } as unknown as ContextEnrichment);
const view = (
  text: string,
  intent = "refund_status",
) => ({ text, intent, now: NOW } as unknown as TurnView);

Deno.test("a refund handoff names the one order a refund is on, or owed on", () => {
  assert.equal(refundOrderOf(ctx([order("ORD-1"), refunded]))?.id, "ORD-11065");
  assert.equal(refundOrderOf(ctx([refunded, back]))?.id, "ORD-10987");
  assert.equal(refundOrderOf(ctx([order("ORD-1")])), null);
  assert.match(noRefundLine(ctx([order("ORD-1")]))!, /don't see a refund on any of your orders/);
  assert.equal(noRefundLine(ctx([refunded])), null);
});

Deno.test("a refund handoff tells the refund's record, or that none was issued", () => {
  const made = refundHandoffFacts(view("still no refund, this is a joke"), refunded)!.join(" ");
  assert.match(made, /We refunded 100\.00 USD on order ORD-11065 yesterday/);
  assert.match(made, /by March 14/);
  assert.match(
    refundHandoffFacts(view("where's my refund"), order("ORD-1002"))![0],
    /don't see a refund issued on order ORD-1002/,
  );
  assert.match(
    refundHandoffFacts(view("you got my return and no refund"), back)![0],
    /received back with us, but no refund has been issued/,
  );
  assert.equal(refundHandoffFacts(view("where is my parcel", "order_status"), refunded), null);
});
