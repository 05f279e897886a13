import assert from "node:assert/strict";
import { canRefund, canReturn, parcelLost } from "./eligibility.ts";
import { CAST_ORDERS, CAST_TRACKING, FIXTURE_NOW } from "../tests/fixtures/turns.ts";

const emma = CAST_ORDERS["ORD-3001"];
const lost = CAST_TRACKING["ORD-3001"];

Deno.test("Emma's ORD-3001, which the carrier reports lost, can be refunded before delivery", () => {
  assert.equal(parcelLost(emma, lost), true);
  assert.deepEqual(canRefund(emma, FIXTURE_NOW, lost), { ok: true });
});

Deno.test("without the carrier's word a parcel on its way is not refundable yet", () => {
  const e = canRefund(emma, FIXTURE_NOW);
  assert.equal(e.ok, false);
  assert.equal(!e.ok && e.code, "not_delivered");
  const moving = canRefund(CAST_ORDERS["ORD-1001"], FIXTURE_NOW, CAST_TRACKING["ORD-1001"]);
  assert.equal(!moving.ok && moving.code, "not_delivered");
  // Another order's tracking says nothing about this one.
  assert.equal(canRefund(CAST_ORDERS["ORD-1001"], FIXTURE_NOW, lost).ok, false);
});

Deno.test("a lost parcel is still refunded once, and only when it was paid", () => {
  const refunded = { ...emma, refunded_amount: 313.99 };
  const e = canRefund(refunded, FIXTURE_NOW, lost);
  assert.equal(!e.ok && e.code, "already_refunded");
  const unpaid = { ...emma, payment_status: "failed" };
  assert.equal(!canRefund(unpaid, FIXTURE_NOW, lost).ok && "not_paid", "not_paid");
});

Deno.test("an order with a return already open takes no second one (the store's rule)", () => {
  const delivered = { ...CAST_ORDERS["ORD-1002"], return_id: "RMA-000075" };
  const e = canReturn(delivered, FIXTURE_NOW);
  assert.equal(e.ok, false);
  assert.equal(!e.ok && e.code, "return_open");
  assert.match(!e.ok ? e.rule : "", /already open \(RMA-000075\)/);
  assert.equal(canReturn({ ...delivered, return_id: null }, FIXTURE_NOW).ok, true);
});

Deno.test("a refund after a replacement was sent is refused, and a colleague offered", () => {
  const replaced = { ...CAST_ORDERS["ORD-3002"], replacement_id: "RP-1" };
  const e = canRefund(replaced, FIXTURE_NOW);
  assert.equal(!e.ok && e.code, "already_replaced");
  assert.match(!e.ok ? e.rule : "", /ask for a colleague/);
});
