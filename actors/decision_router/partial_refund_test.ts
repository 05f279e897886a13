import assert from "node:assert/strict";
import { compensationRemedy } from "./own_remedy.ts";
import { castContext, intentOf, sentimentOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("a partial refund of damaged goods kept is offered the goodwill credit, not the full refund", () => {
  const text = "the mixer came broken, could i get a partial refund and keep it?";
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("refund_request", text),
    sentiment: sentimentOf("neutral"),
    context: castContext("emma", { order: "ORD-3002" }),
  });
  assert.match(compensationRemedy(msg) ?? "", /goodwill credit/);
  const full = turnWith({
    text: "refund the mixer please",
    who: "emma",
    intent: intentOf("refund_request", "refund the mixer please"),
    context: castContext("emma", { order: "ORD-3002" }),
  });
  assert.equal(compensationRemedy(full), null);
});
