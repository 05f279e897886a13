import assert from "node:assert/strict";
import { scoreValence } from "./valence.ts";
import { loadWink, readText } from "./wink.ts";

const nlp = loadWink();
const v = (text: string) => scoreValence(readText(nlp, text).tokens, text).compound;

Deno.test("negation within three words turns a word around, and 'no' before a word too", () => {
  assert.ok(v("this is good") > 0.3);
  assert.ok(v("this is not good") < 0);
  assert.ok(v("great...no problems at all!") > 0.5);
  assert.ok(v("you won't be disappointed") > 0);
});

Deno.test("what follows 'but' counts more than what comes before", () => {
  assert.ok(v("The food was great but the service was awful") < 0);
  assert.ok(v("The service was awful but the food was great") > 0);
});

Deno.test("degree words, capitals and exclamation marks strengthen a word", () => {
  assert.ok(v("very good") > v("good"));
  assert.ok(v("slightly good") < v("good"));
  assert.ok(v("the food was GOOD") > v("the food was good"));
  assert.ok(v("good!!!") > v("good"));
});

Deno.test("idioms read as they mean", () => {
  assert.ok(v("I can't wait to try it") > 0);
  assert.ok(v("mediocre at best") < 0);
  assert.ok(v("I could not be happier") > 0.3);
  assert.ok(v("can't say enough good things") > 0.3);
  assert.ok(v("zero stars") < 0);
  assert.equal(v("no thanks"), 0);
});

Deno.test("support words carry no mood, ids and numbers neither", () => {
  for (const text of ["please cancel my order", "ok go ahead", "help me log in", "ORD-1001 12"]) {
    assert.equal(v(text), 0, text);
  }
  assert.ok(v("this is a joke") < 0);
  assert.equal(v("I'd like to return it"), 0);
  assert.ok(v("I like it") > 0);
});

Deno.test("a stretched word is read as the word", () => {
  assert.ok(v("so gooodd") > 0.3);
  assert.ok(v("I loooove it") > 0.3);
  assert.equal(v("zzzzz"), 0);
});
