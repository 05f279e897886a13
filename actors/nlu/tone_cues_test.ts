import assert from "node:assert/strict";
import { toneCue } from "./tone_cues.ts";
import { sharedSentimentModel } from "./sentiment_model.ts";

const model = sharedSentimentModel();
const read = (text: string) => model.analyse(text);

Deno.test("a fault denied is praise: 'can't complain', 'no issues with it at all'", () => {
  for (
    const text of [
      "I can't complain, the keyboard works",
      "can't fault it",
      "Can't fault the service, very quick refund",
      "no complaints here",
      "I've no issues with it at all",
    ]
  ) {
    const s = read(text);
    assert.equal(s.label, "positive", text);
    assert.ok(s.signals.includes("litotes"), text);
  }
  // Asked, or with a "but", it is no praise.
  for (const text of ["no issues with the refund?", "can't fault the chair but the box was torn"]) {
    assert.notEqual(toneCue(text, "neutral", () => "neutral")?.signal, "litotes", text);
  }
  // Complaining *to* someone is not denied.
  assert.equal(
    toneCue("I can't complain to anyone, nobody answers", "negative", () => "negative"),
    null,
  );
});

Deno.test("speed praised is praise, not a refund or delivery complaint", () => {
  for (
    const text of [
      "wow that was quick, refund already in my account",
      "delivery was lightning fast",
    ]
  ) {
    const s = read(text);
    assert.equal(s.label, "positive", text);
    assert.ok(s.signals.includes("speed_praise"), text);
  }
  for (
    const text of [
      "can you make the delivery super fast please",
      "is express shipping really fast?",
      "the refund was not very quick",
      "delivery was fast but the box was broken",
      "quick question about my order",
    ]
  ) {
    assert.notEqual(toneCue(text, "neutral", () => "neutral")?.signal, "speed_praise", text);
  }
});

Deno.test("praise said alone before trouble is irony", () => {
  for (
    const text of [
      "fantastic, the box was empty",
      "Brilliant. Now the vacuum won't turn on.",
      "oh wonderful, the refund bounced",
      "well that's just perfect, charged twice",
    ]
  ) {
    const s = read(text);
    assert.equal(s.label, "negative", text);
    assert.ok(s.signals.includes("irony"), text);
  }
  // Praise before good news, or before trouble denied, stays praise.
  for (
    const text of ["Great, now it works", "Perfect, it's not broken after all", "brilliant, thanks"]
  ) {
    assert.equal(toneCue(text, "positive", () => "neutral"), null, text);
  }
});

Deno.test("a status in scare quotes is irony; asked about, it is not", () => {
  assert.equal(read('sure, "on its way" for 10 days lol').label, "negative");
  assert.equal(read('so the refund is "processing" for a month now. cool cool').label, "negative");
  assert.equal(toneCue('what does "processing" mean?', "neutral", () => "neutral"), null);
});

Deno.test("anger named and 'done with you' are negative; other senses are not", () => {
  for (
    const text of [
      "absolutely livid right now",
      "I'm so done. cancel everything",
      "i'm done with this store",
    ]
  ) {
    assert.equal(read(text).label, "negative", text);
  }
  for (
    const text of [
      "Today I celebrate by getting pissed. Happy Sunday all!",
      "talk about raging cheekbones!",
      "I'm not angry, just confused",
      "I'm done with the return form, what next?",
    ]
  ) {
    const cue = toneCue(text, "neutral", () => "neutral");
    assert.ok(cue === null || cue.label !== "negative", text);
  }
});
