import assert from "node:assert/strict";
import { canChange, canRefund, moneyOfClosed } from "./eligibility.ts";
import { CAST_ORDERS, FIXTURE_NOW } from "../tests/fixtures/turns.ts";

const BASE = CAST_ORDERS["ORD-1003"];

Deno.test("a cancelled order whose payment failed says nothing was charged", () => {
  const o = { ...BASE, status: "cancelled", payment_status: "failed", refunded_amount: 0 };
  const e = canChange(o, "cancelling is", FIXTURE_NOW);
  assert.equal(e.ok, false);
  assert.match(e.ok ? "" : e.rule, /already cancelled: its payment didn't go through/);
});

Deno.test("a cancelled order refunded in full says the money went back", () => {
  const o = { ...BASE, status: "cancelled", payment_status: "refunded", refunded_amount: 192 };
  const e = canRefund(o, FIXTURE_NOW);
  assert.equal(e.ok, false);
  assert.match(
    e.ok ? "" : e.rule,
    /192\.00 USD — all of it — went back to your original payment method/,
  );
});

Deno.test("a returned order with nothing refunded says no refund has been issued yet", () => {
  const o = { ...BASE, status: "returned", payment_status: "paid", refunded_amount: 0 };
  assert.match(moneyOfClosed(o), /no refund has been issued on it yet/);
  assert.equal(moneyOfClosed({ ...BASE, status: "cancelled", payment_status: "paid" }), "");
});
