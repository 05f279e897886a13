import assert from "node:assert/strict";
import { correctedRequest } from "./pending_correction.ts";
import { readInDialogue } from "./dialogue_reading.ts";
import { extractEntities } from "./entities.ts";
import type { ActionType, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";

const NOW = new Date("2026-03-01T12:00:00Z");

function ask(text: string, type: ActionType = "cancel_order", order_id = "ORD-1003") {
  return correctedRequest({
    text,
    entities: extractEntities(text, { now: NOW }),
    pending: { type, order_id },
  });
}

Deno.test("a correction of the order while a change waits asks the same change again", () => {
  for (
    const t of [
      "sorry I meant the other order",
      "no, the other one",
      "oops my bad, the other order",
      "wrong order, I meant 1001",
      "not that one, ORD-1001",
      "i meant #1001",
      // The change kept to another order than proposed: corrected, not a yes.
      "yes for 1001 only",
      "only 1001 pls",
      "just order 1001",
    ]
  ) {
    assert.equal(ask(t), "cancel_order", t);
  }
  assert.equal(ask("no, the other one", "refund"), "refund_request");
  assert.equal(ask("sorry I meant the other order", "return_item"), "return_item");
  assert.equal(ask("sorry, I meant the other order", "change_address"), "change_address");
});

Deno.test("a no, a yes, the pending order itself or a long message is no correction", () => {
  for (
    const t of [
      "no",
      "yes",
      "no thanks",
      "i meant ORD-1003",
      "yes, 1003",
      "yes for 1003 only",
      "no, I still need the other order and I want to know when it ships and what it costs",
      "where is the other one?",
    ]
  ) {
    assert.equal(ask(t), null, t);
  }
});

Deno.test("the dialogue reads a correction as a new request that withdraws the pending change", () => {
  const text = "sorry I meant the other order";
  const pending: PendingAction = {
    id: "p1",
    action: { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
    proposed_in: "m0",
    summary: "Cancel order ORD-1003",
    expires_at: new Date(NOW.getTime() + 600_000).toISOString(),
  };
  const entities = { ...extractEntities(text, { now: NOW }), order_ids: ["ORD-1003"] };
  const reading: IntentEnrichment = {
    intent: "other",
    confidence: 0.5,
    alternatives: [],
    entities,
    source: "conversation",
    confirmation: "unclear",
  };
  const r = readInDialogue({ text, reading, pending, dialogue: null, lastOrderId: "ORD-1003" });
  assert.equal(r.intent, "cancel_order");
  assert.equal(r.confirmation, "new_request");
  assert.equal(r.withdraws_pending, true);
  assert.deepEqual(r.entities.order_ids, [], "not the order it withdraws");
});
