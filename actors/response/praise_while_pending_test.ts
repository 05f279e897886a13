import assert from "node:assert/strict";
import { thanksForPraise } from "./praise_while_pending.ts";
import { askAgain } from "./pending_again.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

Deno.test("praise of us while a change waits is thanked, then the change asked again", () => {
  for (const t of ["you're a lifesaver", "ur the best 🙏", "omg you are such a star", "legend"]) {
    assert.ok(thanksForPraise(t), t);
  }
  for (const t of ["the best way to pay?", "is the star mixer in stock", "hmm not sure"]) {
    assert.equal(thanksForPraise(t), null, t);
  }
  const cancel = pendingOf({
    type: "cancel_order",
    order_id: "ORD-1003",
    requires_confirmation: true,
  });
  const v = viewOf(
    turnWith({
      text: "you're a lifesaver",
      who: "sarah",
      intent: "other",
      context: castContext("sarah", { order: "ORD-1003" }),
      session: { pending_action: cancel },
    }),
    FIXTURE_NOW,
  );
  const d = askAgain(v, "neutral");
  assert.equal(d.template, "pending_praised");
  assert.match(d.text, /^Thank you — that's kind of you to say! I haven't changed anything yet/);
  assert.doesNotMatch(d.text, /yes or a no/);
  assert.match(d.text, /shall I cancel/);
});
