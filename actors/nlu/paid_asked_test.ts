import assert from "node:assert/strict";
import { readIntent as read } from "../../tests/fixtures/intent.ts";

Deno.test("what they paid for their order is an order question, a product's price is not", async () => {
  for (
    const text of [
      "how much did I pay for the espresso machine",
      "what did I pay for ORD-1002?",
      "how much was my order",
    ]
  ) {
    assert.equal((await read(text)).intent, "order_status", text);
  }
  assert.equal((await read("do you take paypal?")).intent, "payment_methods");
  assert.notEqual((await read("how much is the espresso machine")).intent, "order_status");
});

Deno.test("whether their order is paid is a question about its payment, surely enough to answer", async () => {
  for (
    const text of [
      "is my monitor order paid?",
      "has ORD-2002 been paid yet",
      "did my payment go through?",
      "was the monitor paid for already?",
    ]
  ) {
    const r = await read(text);
    assert.equal(r.intent, "payment_issue", text);
    assert.ok(r.confidence >= 0.8, text);
  }
  assert.notEqual((await read("is my order shipped?")).intent, "payment_issue");
});
