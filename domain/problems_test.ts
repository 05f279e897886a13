import assert from "node:assert/strict";
import { goodsProblem } from "./problems.ts";

Deno.test("what went wrong with goods that came, in shoppers' words", () => {
  const cases: [string, ReturnType<typeof goodsProblem>][] = [
    ["The vase arrived in pieces.", "damaged"],
    ["the mixer i got is broken", "damaged"],
    ["box was crushed and the frother is cracked", "damaged"],
    ["screen shattered on arrival", "damaged"],
    ["it came smashed", "damaged"],
    ["the kettle is leaking everywhere", "damaged"],
    ["headphones won't turn on", "faulty"],
    ["it stopped working after a day", "faulty"],
    ["Faulty unit, dead on arrival", "faulty"],
    ["you sent the wrong size", "wrong_or_missing"],
    ["this is not what I ordered", "wrong_or_missing"],
    ["the milk frother was missing from the box", "wrong_or_missing"],
    ["i got the wrong frother in my espresso order", "wrong_or_missing"],
    ["you sent me the wrong mixer", "wrong_or_missing"],
    ["a wrong kettle arrived", "wrong_or_missing"],
    ["it's not the model i ordered", "wrong_or_missing"],
    ["i think i got the wrong idea about shipping", null],
    ["where is my order", null],
    ["it never arrived", null],
    ["I'd like to return it, it doesn't fit", null],
    ["my dentist appointment clashes with the delivery", null],
  ];
  for (const [text, want] of cases) assert.equal(goodsProblem(text), want, text);
});

Deno.test("'doesn't heat up', 'won't even charge', 'can't pair' are faults (lead, eleventh session)", () => {
  for (
    const t of [
      "my milk frother doesn't heat up",
      "the headphones won't even charge",
      "they can't pair with my phone",
      "it does not turn on",
    ]
  ) assert.equal(goodsProblem(t), "faulty", t);
  assert.equal(goodsProblem("does it heat up fast?"), null);
});
