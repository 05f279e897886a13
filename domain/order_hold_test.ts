import assert from "node:assert/strict";
import { asksCancelDeadline, asksHold } from "./order_hold.ts";

Deno.test("what happens if I don't (ever) pay asks how long the order is held", () => {
  for (
    const t of [
      "what happens to my monitor order if I don't pay?",
      "what if i just never pay for 2002",
      "if i dont pay for the monitor does it get cancelled?",
      "what will happen if i cant pay",
    ]
  ) assert.ok(asksHold(t), t);
  assert.ok(!asksHold("what happens if i pay by paypal"));
});

Deno.test("'how long do I have before the order gets cancelled?' asks until when it is held", () => {
  for (
    const text of [
      "cool, and how long do I have before the order gets cancelled?",
      "when does it get cancelled automatically?",
      "how long until my order is cancelled",
    ]
  ) {
    assert.equal(asksCancelDeadline(text), true, text);
    assert.equal(asksHold(text), true, text);
  }
  assert.equal(asksCancelDeadline("how long do I have to cancel my order?"), false);
});
