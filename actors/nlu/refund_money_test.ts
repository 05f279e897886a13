import assert from "node:assert/strict";
import { readIntent as read } from "../../tests/fixtures/intent.ts";

Deno.test("the shipping of a refund made, and the money of an order cancelled, are its status", async () => {
  for (
    const text of [
      "did you refund the shipping too?",
      "I cancelled my order, when do I get my money back?",
    ]
  ) {
    assert.equal((await read(text)).intent, "refund_status", text);
  }
  assert.notEqual((await read("is shipping refunded if i send it back?")).intent, "refund_status");
});

Deno.test("'which card does it go to?' is where the refund goes, not out of scope", async () => {
  assert.equal((await read("which card does it go to?")).intent, "refund_status");
});

Deno.test("'can it go on my paypal instead of the card?' asks the rule, not a payment problem", async () => {
  assert.equal(
    (await read("can it go on my paypal instead of the card?")).intent,
    "policy_question",
  );
});

Deno.test("'i returned it last week' tells a return done: where it stands, not a new return", async () => {
  for (const text of ["i returned it last week", "we already sent the frother back"]) {
    assert.equal((await read(text)).intent, "refund_status", text);
  }
  // Asking to return is a return.
  assert.equal((await read("I want to return the frother")).intent, "return_item");
});
