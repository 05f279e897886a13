import assert from "node:assert/strict";
import { arrivedUnrecorded } from "./arrived_unrecorded.ts";
import { viewOf } from "./view.ts";
import { castContext, FIXTURE_NOW, intentOf, turnWith } from "../../tests/fixtures/turns.ts";
import { checkReply } from "../guardrail.ts";
import { troubleOf } from "./tone.ts";

function turn(text: string, order = "ORD-1001") {
  return turnWith({
    text,
    who: "sarah",
    intent: intentOf("delivery_problem", text),
    context: castContext("sarah", { order }),
    decision: "answer",
  });
}

Deno.test("goods said to have arrived damaged while tracking shows them in transit", () => {
  const msg = turn("i got the headphones but the box was crushed and they rattle");
  const d = arrivedUnrecorded(viewOf(msg, FIXTURE_NOW), "friendly");
  assert.ok(d);
  assert.match(d.text, /hasn't recorded the delivery of order ORD-1001 yet/);
  assert.match(d.text, /replacement or a refund/);
  assert.doesNotMatch(d.text, /should be with you soon/);
  assert.deepEqual(d.proposed_actions, []);
  msg.payload.response = { ...d, source: "template" };
  assert.equal(checkReply(msg, FIXTURE_NOW).enrichment?.verdict, "pass");
});

Deno.test("not arrived, no problem told, or an order delivered is not this reply", () => {
  const v = (t: string, o?: string) => viewOf(turn(t, o), FIXTURE_NOW);
  assert.equal(
    arrivedUnrecorded(v("my headphones never arrived and im annoyed"), "friendly"),
    null,
  );
  assert.equal(arrivedUnrecorded(v("i got the headphones, thanks"), "friendly"), null);
  assert.equal(
    arrivedUnrecorded(v("i got the espresso machine but it's broken", "ORD-1002"), "friendly"),
    null,
    "delivered: the damage is handled as such",
  );
});

Deno.test("'got my keyboard today but its the wrong colour' and 'ordered 2 and got 1' say it came", () => {
  for (
    const text of ["got my headphones today but its the wrong colour", "I ordered 2 and got 1"]
  ) {
    const d = arrivedUnrecorded(viewOf(turn(text), FIXTURE_NOW), "friendly");
    assert.ok(d, text);
    assert.match(d.text, /hasn't recorded the delivery of order ORD-1001 yet/);
    assert.deepEqual(d.proposed_actions, []);
  }
});

Deno.test("goods in hand with a problem while the parcel shows late are ours, not a parcel that doesn't turn up", () => {
  const text = "got my keyboard today but its the wrong colour";
  const msg = turnWith({
    text,
    who: "mike",
    intent: intentOf("delivery_problem", text),
    context: castContext("mike", { order: "ORD-2001" }),
    decision: "answer",
  });
  assert.equal(troubleOf(viewOf(msg, FIXTURE_NOW)), "ours");
});

Deno.test("the goods said come in one part of the message, the trouble in the other", () => {
  const whole =
    "the headphones came today, thanks! but they're the wrong colour, I ordered black and got silver";
  const trouble = "they're the wrong colour, I ordered black and got silver";
  const v = {
    ...viewOf(turn(trouble), FIXTURE_NOW),
    requests: [
      { intent: "delivery_problem" as const, confidence: 0.8, text: trouble, start: 40, end: 96 },
      {
        intent: "feedback" as const,
        confidence: 0.7,
        text: "the headphones came today, thanks",
        start: 0,
        end: 33,
      },
    ],
  };
  assert.ok(whole.includes(trouble));
  const d = arrivedUnrecorded(v, "friendly");
  assert.match(d?.text ?? "", /hasn't recorded the delivery of order ORD-1001 yet/);
});
