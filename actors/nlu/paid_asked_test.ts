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
