import assert from "node:assert/strict";
import type { Intent } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import { asksReturnIf, returnIf } from "./return_if.ts";
import { holdAsked } from "./hold_asked.ts";
import { ownApology } from "./own_apology.ts";

const reading = (intent: Intent) => intentOf(intent, "", { confidence: 0.5, source: "classifier" });

Deno.test("a return asked about under a condition is the return policy", () => {
  for (
    const t of [
      "ok and if i dont like it can i send it back from germany?",
      "if the shoes dont fit can i exchange them?",
      "can I return it if I opened it",
    ]
  ) {
    assert.ok(asksReturnIf(t), t);
    assert.equal(returnIf(reading("return_item"), t)?.intent, "policy_question", t);
  }
  for (
    const t of [
      "I want to return ORD-1002 if possible",
      "can i return my order if it doesnt fit",
      "i'd like to return it if that's ok",
    ]
  ) assert.equal(asksReturnIf(t), false, t);
  assert.equal(returnIf(reading("refund_request"), "if it breaks can i send it back?"), null);
});

Deno.test("holding an order for its payment is the payment's question; a delivery held is not", () => {
  const t = "ok i'll try paypal tonight. can you hold the order till then?";
  assert.equal(holdAsked(reading("place_order"), t)?.intent, "payment_issue");
  assert.equal(holdAsked(reading("place_order"), "can you hold my order until monday"), null);
  assert.equal(holdAsked(reading("policy_question"), t), null, "already answered as a rule");
});

Deno.test("the customer's apology is small talk, not the complaint its words suggest", () => {
  assert.equal(
    ownApology(reading("complaint"), "thanks, sorry for being rude earlier")?.intent,
    "small_talk",
  );
  assert.equal(ownApology(reading("complaint"), "sorry but my order is late"), null);
});
