import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import { calmGoodsReport } from "./calm_report.ts";
import { castContext, intentOf, sentimentOf, turnWith } from "../../tests/fixtures/turns.ts";

/** Emma (VIP) about ORD-3002, with the sentiment the message reads with. */
function emmaSays(text: string, score: number, signals: string[] = ["problem"]) {
  return turnWith({
    text,
    who: "emma",
    sentiment: sentimentOf("negative", { urgency: "medium", is_complaint: true, score, signals }),
    intent: intentOf("delivery_problem", text, { confidence: 0.9 }),
    context: castContext("emma", { order: "ORD-3002" }),
  });
}

Deno.test("a VIP's plain report of goods come wrong is offered its remedy, not queued", () => {
  for (
    const [t, score] of [
      ["the mixer came in the wrong colour", -0.34],
      ["my mixer came in the wrong colour, i ordered silver", -0.33],
      ["hi, the stand mixer you sent is the wrong model", -0.3],
    ] as const
  ) {
    const msg = emmaSays(t, score);
    assert.equal(calmGoodsReport(msg), true, t);
    assert.equal(decide(msg).action, "act", t);
  }
});

Deno.test("a VIP upset beside the report, or told of damage, still goes to a person", () => {
  for (
    const [t, score, signals] of [
      ["my mixer arrived broken", -0.42, ["problem"]],
      ["my mixer arrived broken. this is ridiculous, I paid a fortune", -0.57, ["problem"]],
      ["the mixer came in the wrong colour, so annoyed", -0.6, ["problem", "intensifier"]],
      ["the mixer came in the WRONG COLOUR", -0.4, ["problem", "caps"]],
    ] as const
  ) {
    const msg = emmaSays(t, score, [...signals]);
    assert.equal(calmGoodsReport(msg), false, t);
    assert.equal(decide(msg).action, "handoff", t);
  }
});
