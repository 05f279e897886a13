import assert from "node:assert/strict";
import { sharedSentimentModel } from "./sentiment_model.ts";
import { moodInWords, praisesInSlang } from "./mood_words.ts";

const model = sharedSentimentModel();

Deno.test("masked profanity and an angry face alone read negative", () => {
  for (const t of ["WHERE IS MY F***ING ORDER", "what the f*** is going on", "ffs", "😡", "🙄"]) {
    const r = model.analyse(t);
    assert.equal(r.label, "negative", t);
    assert.ok(r.score <= -0.35, t);
  }
});

Deno.test("slang praise reads positive, and trouble beside it keeps the model's reading", () => {
  for (
    const t of [
      "this shop is fire",
      "the headphones are sick",
      "killing it with the fast shipping guys",
      "10/10 would order again",
    ]
  ) {
    assert.equal(model.analyse(t).label, "positive", t);
  }
  assert.equal(model.analyse("i'm sick of waiting for my order").label, "negative");
  assert.equal(praisesInSlang("the mixer is fire but it arrived late"), false);
  assert.equal(praisesInSlang("is the kettle sick?"), false);
});

Deno.test("a payment told as a plain fact is no grievance; told with trouble it stays as read", () => {
  assert.equal(model.analyse("i paid by paypal yesterday").label, "neutral");
  assert.equal(
    moodInWords("I paid by PayPal yesterday and it still says pending", "negative"),
    null,
  );
});

Deno.test("swearing in delight is no anger", () => {
  assert.equal(moodInWords("holy shit that was fast", "positive"), null);
  assert.equal(moodInWords("f*** yes, love it", "neutral"), null);
  assert.equal(model.analyse("fucking love this mixer").label, "positive");
});

Deno.test("praise then a let-down already past is mixed feedback, never positive", () => {
  const mixed = model.analyse("the mixer is great but delivery was a nightmare");
  assert.notEqual(mixed.label, "positive");
  assert.ok(mixed.signals.includes("mixed"));
  assert.ok(
    model.analyse("love the headphones, but shipping took forever").signals.includes("mixed"),
  );
  // A let-down of the goods themselves, past and asking nothing.
  assert.ok(
    model.analyse("the headphones sound great but the case feels cheap").signals.includes("mixed"),
  );
  // Goods still wrong, or a question: a report or a request, not mixed feedback.
  assert.ok(!model.analyse("the mixer is great but it arrived broken").signals.includes("mixed"));
  assert.ok(!model.analyse("love the shop but where is my order?").signals.includes("mixed"));
});

Deno.test("relief told is never negative, and is named; its apology-free leads read their rest", () => {
  for (
    const t of [
      "phew, just saw the mixer got delivered, all good, ignore my email",
      "false alarm lol, found the keyboard behind the bins",
      "I thought it was lost but it showed up this morning, what a relief",
    ]
  ) {
    const r = model.analyse(t);
    assert.notEqual(r.label, "negative", t);
    assert.ok(r.signals?.includes("relief"), t);
  }
  const sorry = model.analyse("sorry for being rude earlier, where is my keyboard");
  assert.notEqual(sorry.label, "negative");
  assert.ok(sorry.signals?.includes("own_apology"));
  assert.equal(model.analyse("phew it arrived but the box is smashed").label, "negative");
});

Deno.test("a sad face alone reads negative; beside words or delight it is left to the model", () => {
  for (const t of ["😭😭", "😢", "💔"]) {
    const r = model.analyse(t);
    assert.equal(r.label, "negative", t);
    assert.ok(r.signals?.includes("sad_emoji"), t);
  }
  assert.notEqual(model.analyse("omg thank you so much 😭").label, "negative");
  assert.notEqual(model.analyse("😭❤️").label, "negative");
});

Deno.test("praise and nothing else is never read as a grievance", () => {
  const r = model.analyse("ur a legend, the investigation thing worked, keyboard arrived!!");
  assert.notEqual(r.label, "negative");
});

Deno.test("goods that rock on the stove are out of shape, not praised in slang", () => {
  assert.equal(praisesInSlang("the skillet is warped, it rocks on the stove"), false);
  assert.equal(praisesInSlang("the table rocks back and forth"), false);
  assert.equal(praisesInSlang("this shop rocks"), true);
});
