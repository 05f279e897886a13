/**
 * The sentiment model on words like those of strangers (issue 14): praise read as praise,
 * product nouns and order numbers that carry no mood, blocked tasks that are no emergency,
 * and urgency judged apart from how negative a message sounds.
 */
import assert from "node:assert/strict";
import { sharedSentimentModel } from "./sentiment_model.ts";

const model = sharedSentimentModel();
const read = (text: string) => model.analyse(text);

Deno.test("praise in reviewers' words reads as praise", () => {
  for (
    const text of [
      "This is a great phone!",
      "great...no problems at all!",
      "You won't be disappointed.",
      "not bad at all, thanks",
      "I can't wait to use it again",
      "Five stars, would buy again",
    ]
  ) {
    assert.equal(read(text).label, "positive", text);
  }
  for (const text of ["The food was mediocre at best.", "I've had better.", "Zero stars."]) {
    assert.equal(read(text).label, "negative", text);
  }
});

Deno.test("a product noun does not pull praise or a question negative", () => {
  const nouns = ["phone", "laptop", "charger", "keyboard", "mug", "blender", "lamp", "headphones"];
  for (const noun of nouns) {
    assert.equal(read(`This is a great ${noun}!`).label, "positive", noun);
    assert.equal(read(`I love my new ${noun}`).label, "positive", noun);
    const where = read(`where is my ${noun}?`);
    assert.notEqual(where.label, "positive", noun);
    assert.ok(where.score > -0.3, `${noun}: ${where.score}`);
    assert.equal(where.is_complaint, false, noun);
  }
});

Deno.test("an order or tracking number carries no mood", () => {
  for (const id of ["ORD-1001", "ORD-2002", "#3001", "TRK1234567890"]) {
    const alone = read(id);
    assert.equal(alone.label, "neutral", id);
    const plain = read(`where is my order`).score;
    const withId = read(`where is my order ${id}`).score;
    assert.ok(Math.abs(withId - plain) < 0.15, `${id}: ${plain} → ${withId}`);
  }
});

Deno.test("a blocked task is mildly negative or neutral, never an emergency", () => {
  for (const text of ["can't log in", "I can't log in", "where is my order", "where's my parcel"]) {
    const s = read(text);
    assert.notEqual(s.label, "positive", text);
    assert.ok(s.score >= -0.35, `${text}: ${s.score}`);
    assert.equal(s.urgency, "low", text);
    assert.equal(s.is_complaint, false, text);
  }
  const failed = read("my payment failed");
  assert.equal(failed.is_complaint, false);
  assert.equal(failed.urgency, "low");
});

Deno.test("urgency is judged apart from the mood", () => {
  // Angry but not pressing.
  assert.equal(read("this shop is awful, I hate the website").urgency, "low");
  // Calm but pressing.
  const smoke = read("the charger I bought started smoking last night");
  assert.equal(smoke.urgency, "critical");
  assert.ok(smoke.signals.includes("safety"));
  const twice = read("you charged me twice for ORD-1001");
  assert.equal(twice.urgency, "high");
  assert.ok(twice.signals.includes("money_lost"));
  const wedding = read("I need the dress by friday for my wedding");
  assert.equal(wedding.urgency, "medium");
  assert.ok(wedding.signals.includes("time_pressure"));
  assert.equal(read("my parcel arrived damaged").urgency, "medium");
  assert.equal(read("my parcel arrived damaged and I need it tomorrow!!!").urgency, "high");
  // Excitement is not pressure, nor is a day named in passing.
  assert.equal(read("I LOVE IT!!! Best purchase ever").urgency, "low");
  assert.equal(read("my headphones arrived today, thanks").urgency, "low");
});

Deno.test("literal escapes and entities copied from elsewhere read as their characters", () => {
  assert.equal(read("I\\u2019m so happy with it &amp; the case").label, "positive");
});
