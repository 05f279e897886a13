import assert from "node:assert/strict";
import {
  mixedAsFeedback,
  troubleBesidePraise,
  whereBesidePraise,
} from "./praise_beside_trouble.ts";
import type { Intent, IntentEnrichment, IntentRequest } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const reading = (intent: Intent, requests: IntentRequest[]): IntentEnrichment =>
  intentOf(intent, "", { source: "classifier", requests });
const part = (intent: Intent, text: string, start = 0): IntentRequest => ({
  intent,
  confidence: 0.9,
  text,
  start,
  end: start + text.length,
});

Deno.test("trouble told after praise leads the reading; the praise stays beside it", () => {
  const t = "I have always loved your products. Unfortunately my last order ORD-3001 never " +
    "arrived. Could you please look into it?";
  const r = troubleBesidePraise(reading("feedback", [part("feedback", t)]), t);
  assert.equal(r.intent, "delivery_problem");
  assert.deepEqual(r.requests?.map((q) => q.intent), ["delivery_problem", "feedback"]);
  const m = "The mixer is beautiful, shame it came in pieces";
  assert.equal(
    troubleBesidePraise(reading("feedback", [part("feedback", m)]), m).intent,
    "delivery_problem",
  );
});

Deno.test("praise alone, a let-down already past, or irony is not turned into trouble", () => {
  for (
    const t of [
      "the mixer is beautiful, thank you",
      "love the shoes but delivery took forever",
      "great, another delay, my parcel never arrived",
      "I transferred some money but it hasn't arrived.",
    ]
  ) {
    assert.equal(
      troubleBesidePraise(reading("feedback", [part("feedback", t)]), t).intent,
      "feedback",
      t,
    );
  }
});

Deno.test("a let-down already past beside praise is feedback, in the whole or in a part", () => {
  const whole = "love the shoes but delivery took forever";
  assert.equal(
    mixedAsFeedback(reading("delivery_problem", [part("delivery_problem", whole)]), whole).intent,
    "feedback",
  );
  const t =
    "the espresso machine is great but it took ages to arrive. anyway where are my headphones?";
  const first = "the espresso machine is great but it took ages to arrive";
  const r = mixedAsFeedback(
    reading("delivery_problem", [
      part("delivery_problem", first),
      part("order_status", "where are my headphones?", 65),
    ]),
    t,
  );
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.requests?.map((q) => q.intent), ["order_status", "feedback"]);
  const weak =
    "great keyboard, shame the delivery was a nightmare. also how do i pay for ORD-2002?";
  const w = mixedAsFeedback(
    reading("payment_methods", [part("payment_methods", "how do i pay for ORD-2002?", 57)]),
    weak,
  );
  assert.deepEqual(w.requests?.map((q) => q.intent), ["payment_methods", "feedback"]);
});

Deno.test("a where-question read as praise beside praise is where the goods are", () => {
  const r = whereBesidePraise(
    reading("feedback", [
      part("feedback", "I love you guys"),
      part("feedback", "please where are my headphones 😩", 20),
    ]),
  );
  assert.equal(r.intent, "order_status");
  assert.deepEqual(r.requests?.map((q) => q.intent), ["order_status", "feedback"]);
  const praise = reading("feedback", [
    part("feedback", "I love you guys"),
    part("feedback", "the shoes fit perfectly", 20),
  ]);
  assert.equal(whereBesidePraise(praise), praise);
});

Deno.test("a lukewarm review read as a product question, or unsurely, is feedback", () => {
  const t = "the espresso machine is okay i guess. a bit loud";
  assert.equal(
    mixedAsFeedback(reading("product_question", [part("product_question", t)]), t).intent,
    "feedback",
  );
  const d = "the headphones are decent, nothing special tbh";
  const r = mixedAsFeedback({ ...reading("feedback", [part("feedback", d)]), confidence: 0.38 }, d);
  assert.ok(r.confidence >= 0.7);
});
