import assert from "node:assert/strict";
import { goodsProblem, reportedIssueIn } from "./problems.ts";

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

Deno.test("smells, a wrong colour said after the goods, and fewer than ordered are problems with goods", () => {
  const cases: [string, ReturnType<typeof goodsProblem>, ReturnType<typeof reportedIssueIn>][] = [
    ["my milk frother smells weird, like burning plastic", "faulty", null],
    ["frother smells like burning when i use it", "faulty", null],
    ["the kettle smells of burning", "faulty", null],
    [
      "the colour is wrong on the espresso machine, I ordered black",
      "wrong_or_missing",
      "wrong_item",
    ],
    ["the size was wrong", "wrong_or_missing", "wrong_item"],
    ["it came in a different colour", "wrong_or_missing", "wrong_item"],
    ["got a toaster instead of the frother", "wrong_or_missing", "wrong_item"],
    ["I ordered the black one but got a red one", "wrong_or_missing", "wrong_item"],
    ["only got the espresso machine, where's the frother??", "wrong_or_missing", "missing_item"],
    ["only one of the two bottles came", "wrong_or_missing", "missing_item"],
    ["I ordered 2 and got 1", "wrong_or_missing", "missing_item"],
    ["i ordered two and only received one", "wrong_or_missing", "missing_item"],
    // Not goods that came wrong.
    ["I ordered the mixer but it's not here yet", null, null],
    ["I love the smell of fresh coffee", null, null],
    ["hey the frother stinks of burnt plastic whenever i turn it on", "faulty", null],
    ["there was no frother in there, just the coffee machine", "wrong_or_missing", "missing_item"],
    ["the frother wasn't in there", "wrong_or_missing", "missing_item"],
    [
      "ordered the espresso machine in black and you sent me a silver one??",
      "wrong_or_missing",
      "wrong_item",
    ],
    ["I ordered a mixer and you sent it to my old address", null, null],
    ["what colour is it", null, null],
    ["it only got here today", null, null],
  ];
  for (const [text, problem, issue] of cases) {
    assert.equal(goodsProblem(text), problem, text);
    assert.equal(reportedIssueIn(text), issue, text);
  }
});

Deno.test("goods out of shape arrived damaged", () => {
  assert.equal(goodsProblem("the pan is warped"), "damaged");
  assert.equal(goodsProblem("the table wobbles and won't stand level"), "damaged");
  assert.equal(goodsProblem("it arrived on time"), null);
});

Deno.test("a tear or a hole in the goods is damage", () => {
  assert.equal(goodsProblem("one of the 3 pillows I got has a big tear in it"), "damaged");
  assert.equal(goodsProblem("there's a hole in the tent"), "damaged");
  assert.equal(goodsProblem("I'd like to tear up my order"), null);
});
