import assert from "node:assert/strict";
import { asGiftServiceQuestion, asksGiftService } from "./gift_wrap.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const entities = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
};
const read = (
  intent: IntentEnrichment["intent"],
  _text: string,
  requests?: IntentEnrichment["requests"],
) =>
  ({
    intent,
    confidence: 0.7,
    alternatives: [],
    entities,
    source: "classifier",
    requests,
  }) as IntentEnrichment;

Deno.test("gift wrapping and gift notes are asked about in many words", () => {
  for (
    const t of [
      "do you do gift wrapping?",
      "can you gift wrap it",
      "can i add a gift message",
      "could you wrap it as a gift",
      "gift-wrap available?",
    ]
  ) assert.ok(asksGiftService(t), t);
  for (const t of ["i want a gift card", "wrap up my return", "where is my gift"]) {
    assert.ok(!asksGiftService(t), t);
  }
});

Deno.test("a gift-wrapping question is a policy question, not a change to an order", () => {
  const t = "can i add a gift message";
  assert.equal(asGiftServiceQuestion(read("modify_order", t), t).intent, "policy_question");
  assert.equal(
    asGiftServiceQuestion(read("other", "can you gift wrap it"), "can you gift wrap it").intent,
    "policy_question",
  );
  // A reading the FAQ answers already keeps its label (buying, with gift wrap asked about).
  const buy = "I want to buy this as a present, can you gift wrap it when I order";
  assert.equal(asGiftServiceQuestion(read("place_order", buy), buy).intent, "place_order");
  // A request of another kind beside it keeps its reading.
  const both = "cancel ORD-1003 and is gift wrap available?";
  const r = read("cancel_order", both, [
    { intent: "cancel_order", confidence: 0.8, text: "cancel ORD-1003", start: 0, end: 15 },
    { intent: "other", confidence: 0.5, text: "is gift wrap available?", start: 20, end: 43 },
  ]);
  assert.equal(asGiftServiceQuestion(r, both).intent, "cancel_order");
});

Deno.test("a membership or subscription to cancel is a question the FAQ answers, not an order", () => {
  for (const text of ["I'd like to cancel my membership", "cancel my subscription pls"]) {
    assert.equal(asksGiftService(text), true, text);
  }
  // Another business's ("my gym membership", "my netflix subscription") is out of scope.
  assert.equal(asksGiftService("I need to cancel my gym membership"), false);
  assert.equal(asksGiftService("how do I cancel my netflix subscription"), false);
  // The newsletter has its own FAQ entry; an order stays an order.
  assert.equal(asksGiftService("cancel my newsletter subscription"), false);
  assert.equal(asksGiftService("cancel my order ORD-1003"), false);
});
