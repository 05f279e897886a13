import assert from "node:assert/strict";
import { asksIfCharged } from "./charged_asked.ts";
import { asksForCompensation } from "./compensation.ts";
import { asksHold } from "./order_hold.ts";

Deno.test("whether an order's payment was taken is asked in several ways", () => {
  for (
    const t of [
      "is my shoe order paid?",
      "was i charged for the shoes yet?",
      "have you taken the money for the headphones",
      "did my payment go through",
      "has ORD-2002 been paid yet",
    ]
  ) assert.ok(asksIfCharged(t), t);
  for (const t of ["i was charged twice", "why was i charged 349", "can i get charged later"]) {
    assert.equal(asksIfCharged(t), false, t);
  }
});

Deno.test("paying with a gift card or a code that fails asks for no compensation", () => {
  assert.equal(asksForCompensation("can i pay the shoes with a gift card instead"), false);
  assert.equal(asksForCompensation("my discount code doesnt work"), false);
  assert.ok(asksForCompensation("can i get a voucher for the trouble"));
});

Deno.test("a payment that may not arrive asks how long the order is held", () => {
  assert.ok(asksHold("ok and if it doesnt show up by friday?"));
  assert.ok(asksHold("what if the transfer hasn't arrived by then"));
  assert.equal(asksHold("what if it doesnt fit"), false);
});

Deno.test("'did you get my payment for the mixer?' asks whether it was taken", () => {
  for (
    const t of [
      "did you get my payment for the mixer?",
      "did you receive my payment for the monitor?",
      "has my transfer arrived?",
    ]
  ) assert.equal(asksIfCharged(t), true, t);
});
