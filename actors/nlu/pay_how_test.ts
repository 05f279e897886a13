import assert from "node:assert/strict";
import { asPayHow } from "./pay_how.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const read = (text: string, was: Parameters<typeof intentOf>[0] = "payment_issue") =>
  asPayHow(intentOf(was, text), text).intent;

Deno.test("a way to pay asked for is the ways to pay; a payment gone wrong stays one", () => {
  assert.equal(read("I want to pay but with paypal this time, how?"), "payment_methods");
  assert.equal(read("can I pay with apple pay instead"), "payment_methods");
  assert.equal(read("I tried to pay with paypal but it was declined"), "payment_issue");
});

Deno.test("'when would it ship after I pay?' is where the order stands", () => {
  assert.equal(
    read("cool. and when would it ship after I pay?", "payment_methods"),
    "order_status",
  );
  assert.equal(read("when will it ship once I pay?", "other"), "order_status");
});
