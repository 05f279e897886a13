import assert from "node:assert/strict";
import { pendingAfterTurn, supersededByHandoff } from "./pending_after.ts";
import { pendingOf, turnWith } from "../tests/fixtures/turns.ts";
import type { Handoff } from "./protocol.ts";

const REVIEW = pendingOf({
  type: "escalate_supervisor",
  order_id: "ORD-2001",
  requires_confirmation: true,
});
const CANCEL = pendingOf({
  type: "cancel_order",
  order_id: "ORD-2002",
  requires_confirmation: true,
});
const OPEN = { id: "ho-1", priority: "normal" as const, opened_at: "2026-06-15T11:30:00.000Z" };

function handedOver(pending: typeof REVIEW, open: typeof OPEN | null) {
  const msg = turnWith({
    text: "how long",
    who: "mike",
    session: { pending_action: pending, open_handoff: open },
  });
  msg.payload.intent!.confirmation = "unclear";
  return msg;
}

Deno.test("a handoff supersedes a pending supervisor review, not a change to an order", () => {
  assert.equal(supersededByHandoff(REVIEW, OPEN), true);
  assert.equal(supersededByHandoff(REVIEW, null), false);
  assert.equal(supersededByHandoff(CANCEL, OPEN), false);
  // Queued: the review no longer waits for a yes; a cancellation still does.
  assert.equal(pendingAfterTurn(handedOver(REVIEW, OPEN)), null);
  assert.equal(pendingAfterTurn(handedOver(CANCEL, OPEN))?.id, CANCEL.id);
  // The turn that opens the handoff drops it too.
  const opening = handedOver(REVIEW, null);
  opening.payload.escalation = {
    kind: "handoff",
    reason: "the customer asked for a person",
    failed_actor: null,
    attempts: 0,
    text: "…",
    handoff: { id: "ho-2" } as Handoff,
  };
  assert.equal(pendingAfterTurn(opening), null);
  assert.equal(pendingAfterTurn(handedOver(REVIEW, null))?.id, REVIEW.id, "no handoff: it stays");
});

Deno.test("'ok' after a change offered softly leaves it waiting; a yes carried out settles it", () => {
  const noted = (slot: "offer" | "meaning") => {
    const msg = turnWith({ text: "ok", who: "mike", session: { pending_action: CANCEL } });
    msg.payload.intent!.confirmation = "affirm";
    msg.session.dialogue = {
      focus: null,
      mentioned: [],
      unanswered: [],
      asked: { slot, intent: "cancel_order", order_id: "ORD-2002" },
    };
    return msg;
  };
  assert.equal(pendingAfterTurn(noted("offer"))?.id, CANCEL.id);
  assert.equal(pendingAfterTurn(noted("meaning")), null);
});

Deno.test("a change the reply told went through after all waits for no yes", () => {
  const msg = handedOver(CANCEL, null);
  msg.payload.response = {
    text: "Good news — it went through after all: order ORD-2002 is cancelled.",
    tone: "neutral",
    proposed_actions: [],
    source: "template",
    template: "pending_went_through",
  } as NonNullable<typeof msg.payload.response>;
  assert.equal(pendingAfterTurn(msg), null);
  msg.payload.response!.template = "pending_unclear";
  assert.equal(pendingAfterTurn(msg)?.id, CANCEL.id);
});
