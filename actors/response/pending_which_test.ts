import assert from "node:assert/strict";
import { asksWhichOrder, pendingOrderNamed } from "./pending_which.ts";
import { troubleOf } from "./tone.ts";
import { viewOf } from "./view.ts";
import {
  castContext,
  FIXTURE_NOW,
  intentOf,
  pendingOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

Deno.test("'which order is that?' is read as asking which order the change is about", () => {
  for (
    const t of [
      "wait, which order is that?",
      "what order?",
      "which one is it",
      "what's in that order",
      "remind me what that was",
    ]
  ) assert.ok(asksWhichOrder(t), t);
  for (const t of ["yes", "which order should I pick?", "no thanks"]) {
    assert.ok(!asksWhichOrder(t), t);
  }
});

Deno.test("the waiting change's order is named, and the change asked about again", () => {
  const msg = turnWith({
    text: "wait, which order is that?",
    who: "sarah",
    intent: intentOf("order_status", "wait, which order is that?", { confirmation: "unclear" }),
    context: castContext("sarah"),
    decision: "answer",
    session: {
      pending_action: pendingOf({
        type: "cancel_order",
        order_id: "ORD-1003",
        requires_confirmation: true,
      }, { summary: "Cancel order ORD-1003" }),
    },
  });
  const d = pendingOrderNamed(viewOf(msg, FIXTURE_NOW), "friendly");
  assert.ok(d);
  assert.match(d.text, /^It's order ORD-1003, placed on /);
  assert.match(d.text, /Trail Running Shoes/);
  assert.match(d.text, /192\.00 USD/);
  assert.match(d.text, /shall I cancel order ORD-1003/);
  assert.deepEqual(d.proposed_actions, []);
});

Deno.test("a change of items of a delayed order is no apology for the parcel", () => {
  const text = "can i get 2 keyboards instead of 1 on ORD-2001";
  const v = (intent: "modify_order" | "order_status") =>
    viewOf(
      turnWith({
        text,
        who: "mike",
        intent: intentOf(intent, text),
        context: castContext("mike", { order: "ORD-2001" }),
      }),
      FIXTURE_NOW,
    );
  assert.equal(troubleOf(v("modify_order")), "none");
  assert.equal(
    troubleOf(v("order_status")),
    "carrier",
    "asked where it is, the delay is ours to own",
  );
});
