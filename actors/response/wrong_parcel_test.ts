import assert from "node:assert/strict";
import { wrongParcelReply } from "./wrong_parcel.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

function view(text: string, replied: string | null) {
  const v = viewOf(
    turnWith({ text, who: "emma", intent: intentOf("other", text), context: castContext("emma") }),
    FIXTURE_NOW,
  );
  return { ...v, replied };
}

Deno.test("'what should I do with it?' right after the wrong parcel's rule: the rule again", () => {
  const told = 'A parcel that isn\'t yours is best left unopened: write "return to sender" on it…';
  const d = wrongParcelReply(view("what should I do with it?", told), "neutral");
  assert.equal(d?.template, "wrong_parcel_again");
  assert.match(d?.text ?? "", /return to sender/);
  // After anything else, the question is not about that parcel.
  assert.equal(
    wrongParcelReply(view("what should I do with it?", "Order ORD-3002 was delivered."), "neutral"),
    null,
  );
});
