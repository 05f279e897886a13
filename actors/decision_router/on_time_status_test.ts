import assert from "node:assert/strict";
import { onTimeStatusAnswer } from "./on_time_status.ts";
import { lostUnreadRemedy } from "./never_arrived.ts";
import { decide } from "../decision_router.ts";
import { castContext, intentOf, sentimentOf, turnWith } from "../../tests/fixtures/turns.ts";

function tweet(text: string, o: { order: string; score?: number; signals?: string[] }) {
  const context = castContext("sarah", { order: o.order });
  context.focus = { order_id: o.order, why: "explicit" };
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("delivery_problem", text),
    context,
    session: { turn: 1 },
  });
  msg.payload.sentiment = {
    ...sentimentOf("negative", { urgency: "high" }),
    score: o.score ?? -0.2,
    signals: o.signals ?? ["waiting", "emoji", "angry_emoji"],
  };
  return msg;
}

Deno.test("impatience about a parcel on time is answered with where it is, not queued", () => {
  const msg = tweet("@store my headphones ORD-1001 still not here 😤 #fail", { order: "ORD-1001" });
  assert.match(onTimeStatusAnswer(msg) ?? "", /on time/);
  const d = decide(msg);
  assert.equal(d.action, "answer");
});

Deno.test("anger beyond impatience, or a parcel in trouble, still goes to a person", () => {
  const angry = tweet("ORD-1001 still not here, i'll sue you", {
    order: "ORD-1001",
    score: -0.8,
    signals: ["waiting", "threat"],
  });
  assert.equal(onTimeStatusAnswer(angry), null);
  // Mike's keyboard is held up by the carrier: not simply on its way.
  const late = tweet("my keyboard ORD-2001 still not here 😤", { order: "ORD-2001" });
  late.payload.context = castContext("mike", { order: "ORD-2001" });
  assert.equal(onTimeStatusAnswer(late), null);
});

Deno.test("'my robot vacuum never arrived', read as nothing known, is offered the lost parcel's remedy", () => {
  const text =
    "I am rather disappointed: my robot vacuum never arrived. I would appreciate an answer.";
  const context = castContext("emma", { order: "ORD-3001" });
  context.focus = { order_id: "ORD-3001", why: "product" };
  const msg = turnWith({
    text,
    who: "emma",
    intent: intentOf("other", text),
    sentiment: "negative",
    context,
    session: { turn: 1 },
  });
  assert.match(lostUnreadRemedy(msg) ?? "", /never came/);
  assert.equal(decide(msg).action, "act");
});

Deno.test("a change asked beside a where-is-it about a parcel on time is acted on", () => {
  const text = "when will my headphones arrive? also add one more water bottle to my shoes order";
  const msg = tweet(text, { order: "ORD-1001" });
  msg.payload.intent = intentOf("order_status", text, {
    requests: [
      {
        intent: "order_status",
        confidence: 0.48,
        text: "when will my headphones arrive?",
        start: 0,
        end: 31,
      },
      {
        intent: "modify_order",
        confidence: 0.81,
        text: "add one more water bottle",
        start: 37,
        end: 62,
      },
    ],
  });
  assert.equal(onTimeStatusAnswer(msg), null);
  assert.equal(decide(msg).include_execution, true);
});
