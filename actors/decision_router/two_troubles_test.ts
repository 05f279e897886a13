import assert from "node:assert/strict";
import { lostParcelRemedy } from "./own_remedy.ts";
import { decide } from "../decision_router.ts";
import { twoTroublesTold } from "../../domain/one_and_other.ts";
import { castContext, intentOf, sentimentOf, turnWith } from "../../tests/fixtures/turns.ts";

function emma(text: string) {
  return turnWith({
    text,
    who: "emma",
    intent: intentOf("delivery_problem", text),
    sentiment: sentimentOf("negative", { urgency: "medium" }),
    // The context picked the lost parcel's order: the remedy would have been offered alone.
    context: castContext("emma", { order: "ORD-3001" }),
  });
}

Deno.test("two troubles told by an upset VIP go to a person, whatever order the context picked", () => {
  for (
    const t of [
      "one of my orders never showed up and the other came smashed",
      "I never received my parcel and the other one arrived broken",
      "my vacuum never came and the mixer was broken when it arrived",
    ]
  ) {
    const msg = emma(t);
    assert.equal(lostParcelRemedy(msg), null, t);
    assert.equal(decide(msg).action, "handoff", t);
  }
});

Deno.test("the lost parcel alone, or beside a question, is still offered its remedy", () => {
  assert.match(lostParcelRemedy(emma("my vacuum never came"))!, /carrier lost ORD-3001/);
  const orders = castContext("emma").orders;
  assert.ok(!twoTroublesTold("my vacuum never came, where is my mixer?", orders));
  assert.ok(twoTroublesTold("the vacuum is lost and the stand mixer came cracked", orders));
});
