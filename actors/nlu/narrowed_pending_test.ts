import assert from "node:assert/strict";
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { narrowedPending } from "./narrowed_pending.ts";

function reading(ids: string[], confirmation: IntentEnrichment["confirmation"] = "unclear") {
  return {
    intent: "other",
    confidence: 0.4,
    alternatives: [],
    entities: {
      order_ids: ids,
      tracking_numbers: [],
      products: [],
      emails: [],
      amounts: [],
      dates: [],
    },
    source: "classifier",
    confirmation,
  } as unknown as IntentEnrichment;
}

const BOTH = {
  id: "m1:expedite_delivery",
  action: {
    type: "expedite_delivery",
    order_id: "ORD-1001",
    params: {},
    requires_confirmation: true,
  },
  also: [{
    action: {
      type: "expedite_order",
      order_id: "ORD-1003",
      params: {},
      requires_confirmation: true,
    },
    summary: "Upgrade order ORD-1003",
  }],
  proposed_in: "m1",
  expires_at: "2030-01-01T00:00:00.000Z",
  summary: "x",
} as unknown as PendingAction;

Deno.test("'yes for 1001 only' of a speed-up of two orders: that order's speed-up, the other left", () => {
  const r = narrowedPending(reading(["ORD-1001"]), "yes for 1001 only", BOTH);
  assert.equal(r?.intent, "shipping_options");
  assert.equal(r?.withdraws_pending, true);
  assert.deepEqual(r?.entities.order_ids, ["ORD-1001"]);
  assert.deepEqual(narrowedPending(reading(["ORD-1003"]), "just 1003", BOTH)?.entities.order_ids, [
    "ORD-1003",
  ]);
});

Deno.test("both named, no 'only', a no, or one order waiting narrows nothing", () => {
  assert.equal(
    narrowedPending(reading(["ORD-1001", "ORD-1003"]), "only 1001 and 1003", BOTH),
    null,
  );
  assert.equal(narrowedPending(reading(["ORD-1001"]), "yes 1001", BOTH), null);
  assert.equal(narrowedPending(reading(["ORD-1001"], "deny"), "no, only 1001", BOTH), null);
  assert.equal(narrowedPending(reading(["ORD-1001"]), "only 1001", { ...BOTH, also: [] }), null);
});
