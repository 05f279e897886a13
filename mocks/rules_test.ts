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
