import assert from "node:assert/strict";
import { deferredPick } from "./deferred_pick.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const pending: PendingAction = {
  id: "p",
  action: { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
  proposed_in: "m",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "x",
};
const dialogue = {
  deferred: [{
    intent: "refund_request" as const,
    order_id: "ORD-1002",
    text: "refund 1002",
    raised: false,
  }],
};
const pick = (text: string, d: typeof dialogue | null = dialogue) =>
  deferredPick(intentOf("refund_request", text, { confirmation: "new_request" }), text, d, pending);

Deno.test("'yes to the refund only' picks the change put off and drops the one waiting", () => {
  for (const text of ["yes to the refund only", "just the refund please", "only do the refund"]) {
    const r = pick(text);
    assert.equal(r?.intent, "refund_request", text);
    assert.equal(r?.withdraws_pending, true, text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-1002"], text);
  }
});

Deno.test("both, a no, the waiting change named, or nothing put off is no pick", () => {
  for (
    const text of [
      "yes and the refund too",
      "not the refund",
      "just the cancellation, not the refund",
      "the refund?",
      "yes",
    ]
  ) assert.equal(pick(text), null, text);
  assert.equal(pick("just the refund", null), null);
});
