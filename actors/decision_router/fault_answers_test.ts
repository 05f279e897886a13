import assert from "node:assert/strict";
import { decide } from "../decision_router.ts";
import {
  castContext,
  intentOf,
  pendingOf,
  sentimentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const replacement = pendingOf(
  { type: "replacement", order_id: "ORD-3002", requires_confirmation: true },
  { summary: "Send a replacement for order ORD-3002, free of charge" },
);

function emmaSays(text: string, pending = replacement) {
  return turnWith({
    text,
    who: "emma",
    at: "decision_router",
    sentiment: sentimentOf("negative", { urgency: "medium", score: -0.5 }),
    intent: intentOf("other", text, { confirmation: "unclear", source: "conversation" }),
    context: castContext("emma", { order: "ORD-3002" }),
    session: { pending_action: pending },
  });
}

Deno.test("a VIP telling the fault while its replacement waits is asked again, not handed over", () => {
  const d = decide(emmaSays("it makes a horrible grinding noise and then stops"));
  assert.notEqual(d.action, "handoff");
});

Deno.test("a VIP's upset words that tell no fault while a change waits are still handed over", () => {
  const d = decide(emmaSays("this is the worst shop i have ever dealt with"));
  assert.equal(d.action, "handoff");
});
