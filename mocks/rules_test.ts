import assert from "node:assert/strict";
import { generateDataset } from "./data.ts";
import { checkCredit, checkRefund, expediteFee } from "./rules.ts";
import { NOW } from "../tests/helpers/store_rig.ts";

const order = (id: string) => {
  const o = generateDataset({ now: NOW }).orders.find((x) => x.id === id);
  if (!o) throw new Error(id);
  return o;
};

Deno.test("a refund of an unpaid order is refused", () => {
  const o = { ...order("ORD-1002"), payment_status: "pending" as const, paid_amount: 0 };
  assert.equal(checkRefund(o, NOW)?.message, "Cannot refund order ORD-1002: it has not been paid");
  assert.equal(checkRefund(order("ORD-1002"), NOW), null);
});

Deno.test("expedite fees are converted to the order currency and waived for gold and vip", () => {
  assert.deepEqual(expediteFee("silver", "overnight", "EUR"), {
    amount: 18.39,
    currency: "EUR",
    waived: false,
    reason: "Overnight shipping fee",
  });
  assert.equal(expediteFee("vip", "overnight", "GBP").amount, 0);
});

Deno.test("the credit limit counts what was issued in the period", () => {
  const base = { customerId: "CUST-0100", tier: "silver" as const, currency: "EUR" };
  assert.equal(checkCredit({ ...base, amount: 20, issued: 0 }), null);
  assert.equal(checkCredit({ ...base, amount: 10, issued: 10 }), null);
  assert.equal(checkCredit({ ...base, amount: 10.01, issued: 10 })?.status, 422);
});

Deno.test("the store refunds a shipped order whose parcel the carrier reports lost", () => {
  const data = generateDataset({ now: NOW });
  const o3001 = order("ORD-3001");
  const parcel = data.tracking.find((t) => t.number === o3001.tracking_number) ?? null;
  assert.equal(parcel?.status, "lost");
  assert.equal(checkRefund(o3001, NOW, { parcel }), null);
  // Without the carrier's word it is still an order on its way.
  assert.equal(checkRefund(o3001, NOW)?.code, "not_delivered");
  const moving = order("ORD-1001");
  const its = data.tracking.find((t) => t.number === moving.tracking_number) ?? null;
  assert.equal(checkRefund(moving, NOW, { parcel: its })?.code, "not_delivered");
  // Someone else's lost parcel does not make this order refundable.
  assert.equal(checkRefund(moving, NOW, { parcel })?.code, "not_delivered");
});
