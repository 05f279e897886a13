import assert from "node:assert/strict";
import { asksRefundDestination, paidWayGone } from "./refund_destination.ts";

Deno.test("a refund's destination is asked in many words; paying another way is not it", () => {
  for (
    const t of [
      "can the refund go to a different card?",
      "which card does it go to?",
      "could I get my money as store credit instead?",
      "can it go on my paypal instead of the card?",
    ]
  ) assert.equal(asksRefundDestination(t), true, t);
  for (
    const t of [
      "can I pay with a different card?",
      "where is my refund",
      "I want a refund for ORD-1002",
    ]
  ) assert.equal(asksRefundDestination(t), false, t);
  assert.equal(paidWayGone("my old one expired"), true);
});
