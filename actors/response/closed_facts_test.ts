import assert from "node:assert/strict";
import { closedFacts } from "./closed_facts.ts";
import { CAST_ORDERS } from "../../tests/fixtures/turns.ts";

const BASE = CAST_ORDERS["ORD-1003"];

Deno.test("why an unpaid order was cancelled: its payment, and nothing charged", () => {
  const o = { ...BASE, status: "cancelled", payment_status: "failed", refunded_amount: 0 };
  const text = closedFacts("why'd my order get canceled", o, o.id)!.join(" ");
  assert.match(text, /is cancelled: its payment didn't go through, so nothing was charged/);
  assert.match(text, /That is why it was cancelled/);
});

Deno.test("a paid order cancelled and refunded, asked why: no reason invented", () => {
  const o = { ...BASE, status: "cancelled", payment_status: "refunded", refunded_amount: 192 };
  const text = closedFacts("why did you cancel it", o, o.id)!.join(" ");
  assert.match(text, /192\.00 USD — all of it — went back/);
  assert.match(text, /doesn't show a reason/);
  assert.equal(closedFacts("status?", o, o.id)!.length, 1);
});

Deno.test("a returned order with nothing refunded says so; an open order is not closed", () => {
  const o = { ...BASE, status: "returned", payment_status: "paid", refunded_amount: 0 };
  assert.match(closedFacts("status?", o, o.id)!.join(" "), /no refund has been issued/);
  assert.equal(closedFacts("status?", BASE, BASE.id), null);
});
