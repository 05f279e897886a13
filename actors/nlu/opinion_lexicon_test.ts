import assert from "node:assert/strict";
import { opinionPolarity, readOpinion } from "./opinion_lexicon.ts";
import { scoreValence } from "./valence.ts";
import { loadWink, readText } from "./wink.ts";

const nlp = loadWink();
const tokens = (text: string) => readText(nlp, text).tokens;

Deno.test("review adjectives VADER lacks have a polarity, plurals too, other words none", () => {
  assert.ok(opinionPolarity("bland")! < 0);
  assert.ok(opinionPolarity("mediocre")! < 0);
  assert.ok(opinionPolarity("superb")! > 0);
  assert.equal(opinionPolarity("keyboard"), undefined);
  assert.equal(opinionPolarity("order"), undefined);
});

Deno.test("the list's sums turn around under a negation and favour what follows 'but'", () => {
  const plain = readOpinion(tokens("the soup was bland"));
  assert.ok(plain.negative > 0 && plain.positive === 0);
  const negated = readOpinion(tokens("the soup was not bland"));
  assert.ok(negated.positive > 0 && negated.negative === 0);
  const turned = readOpinion(tokens("the starter was superb but the main was bland"));
  assert.ok(turned.negative > turned.positive, JSON.stringify(turned));
});

Deno.test("VADER reads a review word from the list where it has none of its own", () => {
  const v = (text: string) => scoreValence(tokens(text), text).compound;
  assert.ok(v("the pasta was bland and mediocre") < -0.3);
  assert.ok(v("superbly acted and well written") > 0);
  // An order number or a product noun still carries nothing.
  assert.equal(v("order ORD-1001 for the keyboard"), 0);
});
