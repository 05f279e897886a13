import assert from "node:assert/strict";
import { choiceOverPending } from "./asked_over_pending.ts";
import type { AskedFor, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";

const asked: AskedFor = {
  slot: "choice",
  intent: "delivery_problem",
  order_id: "ORD-3001",
  options: ["refund", "replacement"],
};
const pending: PendingAction = {
  id: "p1",
  action: {
    type: "return_item",
    order_id: "ORD-3002",
    params: {},
    requires_confirmation: true,
  } as PendingAction["action"],
  proposed_in: "m0",
  summary: "Open a return for order ORD-3002",
  expires_at: "2026-03-01T13:00:00Z",
};
const reading = (
  intent: IntentEnrichment["intent"],
  confirmation: IntentEnrichment["confirmation"],
  order_ids: string[] = ["ORD-3002"],
): IntentEnrichment => ({
  intent,
  confidence: 0.8,
  alternatives: [],
  source: "conversation",
  confirmation,
  entities: {
    order_ids,
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products: [],
  },
});

Deno.test("'refund it' to our choice about another order answers the choice, not the change waiting", () => {
  assert.deepEqual(
    choiceOverPending(asked, pending, "refund it", reading("refund_request", "unclear")),
    { intent: "refund_request", order_id: "ORD-3001" },
  );
  assert.deepEqual(
    choiceOverPending(asked, pending, "the replacement pls", reading("other", "unclear")),
    { intent: "delivery_problem", order_id: "ORD-3001" },
  );
});

Deno.test("a yes, a no, the same order or another order named is left to the change waiting", () => {
  assert.equal(choiceOverPending(asked, pending, "yes", reading("affirm", "affirm")), null);
  assert.equal(choiceOverPending(asked, pending, "no", reading("deny", "deny")), null);
  const same = { ...asked, order_id: "ORD-3002" };
  assert.equal(
    choiceOverPending(same, pending, "refund it", reading("refund_request", "unclear")),
    null,
  );
  assert.equal(
    choiceOverPending(
      asked,
      pending,
      "refund ORD-1002",
      reading("refund_request", "new_request", ["ORD-1002"]),
    ),
    null,
  );
  assert.equal(choiceOverPending(asked, null, "refund it", reading("refund_request", null)), null);
});
