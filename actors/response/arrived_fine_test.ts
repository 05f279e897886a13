import assert from "node:assert/strict";
import { arrivedFine } from "./arrived_fine.ts";
import { castContext, FIXTURE_NOW } from "../../tests/fixtures/turns.ts";
import type { Tone, TurnView } from "./view.ts";

const tone = "neutral" as unknown as Tone;
const view = (text: string) =>
  ({
    text,
    intent: "order_status",
    now: FIXTURE_NOW,
    context: castContext("mike", { order: "ORD-2001" }),
    entities: { order_ids: ["ORD-2001"] },
  }) as unknown as TurnView;

Deno.test("goods said come well while the parcel shows on its way: glad, the scans lag, nothing proposed", () => {
  for (
    const t of [
      "my keyboard arrived",
      "the keyboard just arrived!",
      "got my keyboard today, thanks",
    ]
  ) {
    const d = arrivedFine(view(t), tone);
    assert.ok(d, t);
    assert.match(d.text, /^Glad to hear the Mechanical Keyboard reached you/, t);
    assert.match(d.text, /hasn't recorded the delivery of order ORD-2001 yet/, t);
    assert.deepEqual(d.proposed_actions, [], t);
  }
});

Deno.test("asked whether it came, or come with trouble, is not this good news", () => {
  for (
    const t of [
      "has my keyboard arrived?",
      "my keyboard arrived broken",
      "the keyboard never arrived",
      "my keyboard arrived but it's the wrong one",
      "I received someone else's order",
      "It still hasn't arrived and it's been days",
      "ur a legend, the investigation thing worked, keyboard arrived!!",
    ]
  ) {
    assert.equal(arrivedFine(view(t), tone), null, t);
  }
});

Deno.test("an arrival only expected is no good news of goods come", () => {
  for (
    const t of [
      "honestly i'm so disappointed, my keyboard should have arrived already",
      "my keyboard should be here by now",
      "the keyboard was supposed to have come already",
    ]
  ) assert.equal(arrivedFine(view(t), tone), null, t);
});
