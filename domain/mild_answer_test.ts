import assert from "node:assert/strict";
import { mildAnswer } from "./dialogue.ts";
import { createMessage, type PendingAction } from "../shared/protocol.ts";
import { intentOf } from "../tests/fixtures/turns.ts";

const now = new Date("2026-11-25T15:30:00Z");
const pending: PendingAction = {
  id: "p",
  action: { type: "refund", order_id: "ORD-1002", params: {}, requires_confirmation: true },
  proposed_in: "m",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "x",
};

function message(withPending: boolean) {
  const msg = createMessage({
    text: "only the frother",
    conversationId: "c",
    now,
    session: {
      session_id: "s",
      customer_id: "CUST-1",
      email: null,
      turn: 2,
      ...(withPending ? { pending_action: pending } : {}),
    },
  });
  msg.payload.sentiment = {
    label: "negative",
    score: -0.18,
    urgency: "low",
    is_complaint: false,
    confidence: 0.8,
    signals: [],
  };
  msg.payload.intent = intentOf("refund_request", "only the frother", {
    source: "classifier",
    confirmation: "new_request",
  });
  return msg;
}

Deno.test("a mildly negative reply read against the change waiting is an answer, not upset", () => {
  assert.equal(mildAnswer(message(true)), true);
  assert.equal(mildAnswer(message(false)), false);
});
