import assert from "node:assert/strict";
import { readIntent as read } from "../../tests/fixtures/intent.ts";
import { ordersRefund, threatensChargeback, wantedGoods } from "./refund_asked.ts";

Deno.test("a refund asked for in the imperative is a refund request, whatever the order's state", async () => {
  for (
    const text of [
      "refund my lost vacuum ORD-3001",
      "refund my lost vacuum",
      "pls refnud the mixer",
      "ok refund it then",
      "reimburse me for the mixer",
    ]
  ) {
    assert.equal((await read(text)).intent, "refund_request", text);
  }
});

Deno.test("where a refund is stays a refund's status", async () => {
  assert.ok(!ordersRefund("refund for ORD-3001 — has it gone through?"));
  assert.ok(!ordersRefund("refund my order: when will it arrive"));
  assert.equal((await read("where is my refund")).intent, "refund_status");
  assert.equal(
    (await read("has the refund for ORD-3001 been processed yet")).intent,
    "refund_status",
  );
});

Deno.test("their own goods wanted in so few words asks where they are", async () => {
  for (
    const text of [
      "i want my keyboard",
      "i just need my headphones!!",
      "we want our vacuum already",
    ]
  ) {
    assert.equal((await read(text)).intent, "order_status", text);
  }
  assert.equal(wantedGoods("i want my money back"), null);
  assert.equal(wantedGoods("i want my keyboard to be sent to my office instead"), null);
  assert.equal(wantedGoods("i want my keyboard"), "keyboard");
});

Deno.test("a chargeback threat asks for the money back", () => {
  assert.ok(threatensChargeback("im going to file a chargeback with my bank"));
  assert.ok(threatensChargeback("I will dispute the charge"));
  assert.ok(!threatensChargeback("I was charged twice"));
});

Deno.test("the refund of a second charge is a payment issue, not a refund of the order", async () => {
  for (const text of ["can you refund the extra one", "please refund the duplicate charge"]) {
    assert.equal((await read(text)).intent, "payment_issue", text);
  }
  assert.notEqual((await read("refund the other one please")).intent, "payment_issue");
});

Deno.test("'refund only the frother on ORD-1002' asks for a refund of part of the order", () => {
  assert.ok(ordersRefund("refund only the frother on ORD-1002"));
  assert.ok(ordersRefund("refund just the milk frother from 1002 pls"));
  assert.ok(!ordersRefund("refund only the frother — has it gone through?"));
});
