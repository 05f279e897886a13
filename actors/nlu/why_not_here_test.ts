import assert from "node:assert/strict";
import { whyNotHere } from "./why_not_here.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

Deno.test("'why is my keyboard not here yet' asks where the order is, whatever the classifier read", () => {
  for (
    const t of [
      "WHY IS MY KEYBOARD NOT HERE YET",
      "why hasn't my vacuum come",
      "why isnt my package here yet??",
      "so how come my order still hasn't arrived",
    ]
  ) {
    const got = whyNotHere(intentOf("payment_issue", t, { confidence: 0.26 }), t);
    assert.equal(got?.intent, "order_status", t);
  }
});

Deno.test("why money, a code or a card has not come is another question; a sure reading stays", () => {
  for (
    const t of [
      "why is my refund not here yet",
      "why hasn't my reset email come",
      "why is my card declined",
    ]
  ) {
    assert.equal(whyNotHere(intentOf("payment_issue", t, { confidence: 0.3 }), t), null, t);
  }
  const t = "why is my keyboard not here yet";
  assert.equal(whyNotHere(intentOf("delivery_problem", t, { confidence: 0.8 }), t), null);
});
