import assert from "node:assert/strict";
import { mildQuestion } from "./mild_question.ts";
import { intentOf, sentimentOf, turnWith } from "../tests/fixtures/turns.ts";

function turn(text: string, score: number, opts: { signals?: string[]; complaint?: boolean } = {}) {
  const sentiment = {
    ...sentimentOf("negative", { signals: opts.signals ?? [] }),
    score,
    is_complaint: opts.complaint ?? false,
    urgency: "low" as const,
  };
  return turnWith({ text, who: "emma", intent: intentOf("order_status", text), sentiment });
}

Deno.test("a plain question read faintly negative is mild; an upset one is not", () => {
  assert.ok(mildQuestion(turn("actually one more thing, where is ORD-3002", -0.15)));
  assert.ok(!mildQuestion(turn("where is ORD-3002, this is ridiculous", -0.6)));
  assert.ok(!mildQuestion(turn("where is ORD-3002?", -0.15, { signals: ["caps"] })));
  assert.ok(!mildQuestion(turn("where is ORD-3002?", -0.15, { complaint: true })));
});
