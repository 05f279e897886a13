import assert from "node:assert/strict";
import { asSeveralThings } from "./several_things.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const read = (intent: Parameters<typeof intentOf>[0], text: string) =>
  asSeveralThings({ ...intentOf(intent), confidence: 0.4 }, text);

Deno.test("several things announced, none said, are chat however the classifier read them", () => {
  for (
    const text of [
      "Hi there, I've got a couple of things to sort out today",
      "hi, i have a couple of issues to go through",
      "hey, got a few questions for you",
      "hello, I need help with a few things",
      "Good morning! A few quick questions please",
    ]
  ) {
    const r = read("payment_issue", text);
    assert.equal(r.intent, "small_talk", text);
    assert.ok(r.confidence >= 0.8, text);
  }
});

Deno.test("a thing said beside the announcement keeps the reading", () => {
  for (
    const text of [
      "I've got a couple of issues with my card payment",
      "a few things are missing from my order",
      "two questions: where is ORD-1001 and do you take PayPal?",
    ]
  ) assert.equal(read("payment_issue", text).intent, "payment_issue", text);
});
