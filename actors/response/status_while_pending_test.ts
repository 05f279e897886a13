/**
 * "Why is it taking so long anyway" while the cancellation of an order prepared on schedule
 * waits: how the order stands and that it is on schedule, then the change asked again.
 */
import assert from "node:assert/strict";
import { statusWhilePending } from "./status_while_pending.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, pendingOf, turnWith } from "../../tests/fixtures/turns.ts";

const cancel = pendingOf({
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
});

const asked = (text: string) =>
  statusWhilePending(
    viewOf(
      turnWith({
        text,
        who: "sarah",
        intent: "other",
        context: castContext("sarah", { order: "ORD-1003" }),
        session: { pending_action: cancel },
      }),
      FIXTURE_NOW,
    ),
    "neutral",
  );

Deno.test("why it is slow, while a cancellation waits: the order on schedule, the change asked again", () => {
  for (
    const text of [
      "why is it taking so long anyway",
      "it's taking so long though",
      "why hasnt it shipped yet",
    ]
  ) {
    const d = asked(text);
    assert.equal(d?.template, "pending_status_answered", text);
    assert.match(d!.text, /hasn't shipped yet/, text);
    assert.match(d!.text, /on schedule/, text);
    assert.match(d!.text, /shall I cancel order ORD-1003\?/, text);
  }
});

Deno.test("anything else read as nothing of ours is left to the other readers", () => {
  for (const text of ["hmm let me think", "my nephew wants them"]) {
    assert.equal(asked(text), null, text);
  }
});

Deno.test("'it says delayed, what's going on?' while the carrier investigation waits: the parcel, asked again", () => {
  const investigation = pendingOf({
    type: "carrier_investigation",
    order_id: "ORD-2001",
    requires_confirmation: true,
  });
  const view = (text: string, intent: "delivery_problem" | "order_status") =>
    viewOf(
      turnWith({
        text,
        who: "mike",
        intent,
        context: castContext("mike", { order: "ORD-2001" }),
        session: { pending_action: investigation },
      }),
      FIXTURE_NOW,
    );
  for (
    const [text, intent] of [
      ["The keyboard. It says delayed. What's going on with it?", "delivery_problem"],
      ["whats going on with it?", "order_status"],
    ] as const
  ) {
    const d = statusWhilePending(view(text, intent), "neutral");
    assert.equal(d?.template, "pending_status_answered", text);
    assert.match(d?.text ?? "", /delay at Memphis/, text);
    assert.match(d?.text ?? "", /carrier investigation/, text);
  }
  // The delivery problem told again, asking nothing, is no status question.
  assert.equal(
    statusWhilePending(view("the keyboard is delayed", "delivery_problem"), "neutral"),
    null,
  );
});
