import assert from "node:assert/strict";
import { asksForCompensation, asksPartialRefund } from "./compensation.ts";

Deno.test("some money back with the goods kept is a partial refund, asked as compensation", () => {
  for (
    const t of [
      "could i get a partial refund for the mixer and keep it?",
      "can i keep the broken mixer and get some money off instead?",
      "could you knock a bit off the price",
    ]
  ) {
    assert.ok(asksPartialRefund(t), t);
    assert.ok(asksForCompensation(t), t);
  }
});

Deno.test("a full refund or a refund's status is no partial refund", () => {
  for (const t of ["i want my money back", "refund the mixer please", "where is my refund"]) {
    assert.ok(!asksPartialRefund(t), t);
  }
});
