import assert from "node:assert/strict";
import { mixedFeedbackReply } from "./mixed_feedback.ts";
import type { TurnView } from "./view.ts";

const view = (text: string, extra: Record<string, unknown> = {}) =>
  ({
    text,
    name: "Sarah",
    msgId: "m1",
    intent: "feedback",
    firstTurn: true,
    requests: [],
    sentiment: { label: "negative", score: -0.2, signals: ["mixed"], is_complaint: false },
    ...extra,
  }) as unknown as TurnView;

Deno.test("mixed feedback opens with a greeting, not 'let's get this sorted'", () => {
  const d = mixedFeedbackReply(view("love the shoes but delivery took forever"), "empathetic");
  assert.ok(d);
  assert.match(d.text, /^Hi Sarah/);
  assert.match(d.text, /glad you like it, and I'm sorry the delivery let you down/);
  assert.doesNotMatch(d.text, /get this sorted|frustrating/);
});

Deno.test("a part of mixed feedback beside a question is answered as such, without the name twice", () => {
  const d = mixedFeedbackReply(
    view("the espresso machine is great but it took ages to arrive", {
      firstTurn: false,
      sentiment: { label: "negative", score: -0.2, signals: [], is_complaint: false },
      requests: [{ intent: "order_status" }, { intent: "feedback" }],
    }),
    "empathetic",
  );
  assert.ok(d);
  assert.match(d.text, /^Thank you — I'm glad you like it, and I'm sorry the wait let you down/);
  assert.doesNotMatch(d.text, /tell me which order/);
});

Deno.test("a lukewarm review is thanked and owned, not 'glad you like it'", () => {
  const d = mixedFeedbackReply(
    view("the espresso machine is okay i guess. a bit loud", { sentiment: null }),
    "neutral",
  );
  assert.ok(d);
  assert.match(d.text, /isn't all you hoped for/);
  assert.doesNotMatch(d.text, /glad you like it/);
});
