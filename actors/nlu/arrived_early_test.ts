import assert from "node:assert/strict";
import { arrivedEarly } from "./arrived_early.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const read = (intent: Parameters<typeof intentOf>[0], text: string, confidence = 0.3) =>
  arrivedEarly(intentOf(intent, text, { confidence, source: "classifier" }), text);

Deno.test("goods arrived sooner than said, with thanks, is feedback", () => {
  for (
    const [intent, text] of [
      ["feedback", "lol the headphones r here already, way earlier than u said 😂 thx!!"],
      ["delivery_problem", "headphones came 2 days early!! thanks guys"],
      ["feedback", "got the headphones already, thx"],
    ] as const
  ) {
    const r = read(intent, text);
    assert.equal(r.intent, "feedback", text);
    assert.ok(r.confidence >= 0.8, text);
  }
});

Deno.test("trouble or a question beside an early arrival keeps the reading", () => {
  for (
    const text of [
      "the headphones arrived early but one earcup is broken",
      "the frother came already, where is the machine?",
      "already arrived but it's the wrong colour",
      "my parcel still hasn't come, can you check?",
    ]
  ) assert.equal(read("delivery_problem", text).intent, "delivery_problem", text);
});

Deno.test("an arrival only expected is no early arrival", () => {
  for (
    const text of [
      "my keyboard should have arrived already",
      "honestly i'm so disappointed, my keyboard should have arrived already",
      "the headphones were supposed to be here already",
      "my shoes ought to have come by now",
    ]
  ) assert.equal(read("delivery_problem", text).intent, "delivery_problem", text);
});
