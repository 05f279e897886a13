import assert from "node:assert/strict";
import { onlyVents } from "./vent_only.ts";

Deno.test("a few words that only judge the situation vent", () => {
  for (
    const t of [
      "THIS IS UNACCEPTABLE",
      "this is ridiculous 🙄",
      "Absolutely disgusting service",
      "what a joke",
      "ugh this is so annoying!!",
      "seriously, this is beyond a joke",
      "your service is pathetic",
      "unbelievable.",
    ]
  ) assert.equal(onlyVents(t), true, t);
});

Deno.test("a judgement that tells of trouble, asks or names an order does not only vent", () => {
  for (
    const t of [
      "this is ridiculous, where is my order",
      "my mixer arrived smashed, this is unacceptable",
      "ORD-1001 is a joke",
      "is this a joke?? cancel it",
      "the delivery was terrible and the box was crushed",
      "thanks",
      "",
    ]
  ) assert.equal(onlyVents(t), false, t);
});

Deno.test("a bad feeling said of themselves only vents; praise or a feeling about goods does not", () => {
  for (
    const t of [
      "im not happy",
      "and I'm really not happy about it",
      "not impressed",
      "so disappointed tbh",
      "I'm getting really annoyed now",
      "honestly fed up",
    ]
  ) assert.equal(onlyVents(t), true, t);
  for (
    const t of [
      "I'm so happy",
      "im not happy with the mixer",
      "not happy, it arrived broken",
      "im disappointed the keyboard is late",
    ]
  ) assert.equal(onlyVents(t), false, t);
});

Deno.test("a feeling after 'not gonna lie', 'ngl' or 'to be honest' only vents", () => {
  for (
    const t of [
      "not gonna lie I'm pretty annoyed",
      "ngl this is ridiculous",
      "to be honest I'm really disappointed",
    ]
  ) assert.equal(onlyVents(t), true, t);
  assert.equal(onlyVents("not gonna lie, where is my keyboard"), false);
});
