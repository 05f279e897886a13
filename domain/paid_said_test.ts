import assert from "node:assert/strict";
import { paidByStated, paymentStated } from "./paid_by.ts";

Deno.test("the order said to be paid is a payment told; a way named is no longer needed", () => {
  for (const t of ["nvm its paid. how much was it", "ok its paid now", "paid it just now"]) {
    assert.ok(paymentStated(t), t);
  }
  // With the way the conversation was about, that way.
  assert.equal(paidByStated("nvm its paid", "paypal")?.id, "paypal");
});

Deno.test("'used', 'sent', 'transferred' tell no payment without a way to pay", () => {
  for (
    const t of [
      "Honestly the best online store I've used",
      "I transferred some money but it hasn't arrived.",
      "The total I paid is higher than what the cart showed",
      "is it paid?",
      "its not paid",
    ]
  ) {
    assert.equal(paymentStated(t), false, t);
  }
});
