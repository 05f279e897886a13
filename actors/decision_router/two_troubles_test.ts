import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import { twoTroublesRemedy } from "./two_troubles.ts";

function emma(text: string) {
  return turnWith({
    text,
    who: "emma",
    sentiment: "negative",
    intent: intentOf("delivery_problem", text),
    context: castContext("emma", { order: "ORD-3002" }),
  });
}

Deno.test("VIP Emma's two orders' troubles told together: each remedy offered, no person", () => {
  for (
    const text of [
      "I never received my parcel and the other one arrived broken",
      "my package never came and the other one showed up damaged",
      "one of my orders never showed up and the other came smashed",
    ]
  ) {
    assert.match(twoTroublesRemedy(emma(text)) ?? "", /two orders/, text);
    assert.ok(!decide(emma(text)).steps.includes("escalation_router"), text);
  }
});

Deno.test("one order's trouble alone is no pair of troubles", () => {
  for (
    const text of [
      "the mixer arrived broken",
      "my parcel never came, this is the other thing I was worried about",
    ]
  ) assert.equal(twoTroublesRemedy(emma(text)), null, text);
});
