import assert from "node:assert/strict";
import type { OrderView } from "../../shared/protocol.ts";
import { refundDestination, refundRecordFacts, refundShippingLine } from "./refund_facts.ts";

const NOW = new Date("2026-03-10T12:00:00Z");
const order = (patch: Partial<OrderView>): OrderView => ({
  id: "ORD-11065",
  status: "refunded",
  placed_at: "2026-02-20T10:00:00Z",
  total: 468,
  currency: "USD",
  items: [{ sku: "SKU-1", name: "Desk Lamp", quantity: 1, price: 468 }],
  tracking_number: null,
  payment_status: "refunded",
  payment_method: "bank_transfer",
  paid_amount: 468,
  shipping_fee: 0,
  refunded_amount: 468,
  refunds: [{
    amount: 468,
    reason: "Refund requested",
    status: "processing",
    created_at: "2026-03-10T09:00:00Z",
    expected_by: "2026-03-15T09:00:00Z",
  }],
  ...patch,
});

Deno.test("a refund on its way is told with its day issued, its way back and its arrival day", () => {
  const said = refundRecordFacts("where's my refund?", order({}), NOW)!.join(" ");
  assert.match(said, /We refunded 468\.00 USD on order ORD-11065 today/);
  assert.match(said, /the bank account you paid from/);
  assert.match(said, /It should be there by March 15/);
  assert.doesNotMatch(said, /if it's been longer/);
});

Deno.test("a refund paid out long ago is said to be there, with a trace offered", () => {
  const done = order({
    payment_method: "paypal",
    refunds: [{
      amount: 468,
      reason: "Refund requested",
      status: "completed",
      created_at: "2026-02-01T09:00:00Z",
      expected_by: "2026-02-06T09:00:00Z",
    }],
  });
  const said = refundRecordFacts("did my refund go through", done, NOW)!.join(" ");
  assert.match(said, /on February 1, back to your PayPal account/);
  assert.match(said, /paid out by February 6/);
  assert.match(said, /trace it with the payment provider/);
});

Deno.test("a partial refund questioned is said to be one, with its reason and what was paid", () => {
  const partial = order({
    paid_amount: 649.52,
    total: 649.52,
    refunded_amount: 306.7,
    refunds: [{
      amount: 306.7,
      reason: "Partial refund for a faulty item",
      status: "completed",
      created_at: "2026-02-01T09:00:00Z",
      expected_by: "2026-02-06T09:00:00Z",
    }],
  });
  const lines = refundRecordFacts("you only refunded 306, where's the rest?", partial, NOW)!;
  assert.match(lines[1], /partial refund \(for a faulty item\): 306\.70 USD of the 649\.52 USD/);
  assert.match(lines.join(" "), /a colleague can look at it/);
  assert.doesNotMatch(lines.join(" "), /If you can't find it/);
});

Deno.test("the shipping fee asked about is answered from the order's own amounts", () => {
  const full = order({ shipping_fee: 24.99 });
  assert.match(
    refundRecordFacts("did you refund the shipping too?", full, NOW)!.join(" "),
    /includes the 24\.99 USD shipping fee/,
  );
  const partial = order({ shipping_fee: 13.79, paid_amount: 500, total: 500 });
  assert.match(
    refundRecordFacts("was the postage refunded?", partial, NOW)!.join(" "),
    /didn't cover the 13\.79 USD shipping fee/,
  );
});

Deno.test("a handoff's refund facts leave the offers to the colleague on the way", () => {
  const said = refundRecordFacts("still no refund!!", order({}), NOW, { handoff: true })!;
  assert.doesNotMatch(said.join(" "), /tell me and a colleague/);
});

Deno.test("no refund on record is no sentence; each way of paying has its words", () => {
  assert.equal(refundRecordFacts("where's my refund", order({ refunds: [] }), NOW), null);
  assert.equal(refundDestination("card"), "the card you paid with");
  assert.equal(refundDestination("apple_pay"), "the card behind your Apple Pay");
  assert.equal(refundDestination(undefined), "your original payment method");
});

Deno.test("the shipping of a refund told in other words is answered from its amounts", () => {
  const full = order({ shipping_fee: 14.99 });
  assert.match(
    refundShippingLine("did you refund the shipping too?", full)!,
    /includes the 14\.99 USD shipping fee/,
  );
  assert.equal(refundShippingLine("when will i see it?", full), null);
});

Deno.test("'does a bank transfer take longer?' is answered no before the refund's own day", () => {
  const said = refundRecordFacts("It was a bank transfer, does that take longer?", order({}), NOW)!;
  assert.match(
    said[0],
    /^No — a refund takes no longer .* the bank account you paid from within 5/,
  );
  assert.match(said.join(" "), /It should be there by March 15/);
  const plain = refundRecordFacts("where's my refund?", order({}), NOW)!;
  assert.doesNotMatch(plain.join(" "), /takes no longer/);
});
