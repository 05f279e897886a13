import assert from "node:assert/strict";
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { sameForOther } from "./same_for_other.ts";

function reading(o: Partial<IntentEnrichment> = {}, ids: string[] = []): IntentEnrichment {
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
    confirmation: "unclear",
    ...o,
  } as IntentEnrichment;
}

function pending(type: PendingAction["action"]["type"], order: string): PendingAction {
  return {
    id: "m1:x",
    action: { type, order_id: order, params: {}, requires_confirmation: true },
    proposed_in: "m1",
    expires_at: "2030-01-01T00:00:00.000Z",
    summary: "x",
  } as PendingAction;
}

Deno.test("'same for 3002' while a refund waits asks the refund of the other order", () => {
  const r = sameForOther(reading({}, ["ORD-3002"]), "same for 3002", pending("refund", "ORD-3001"));
  assert.equal(r?.intent, "refund_request");
  assert.equal(r?.confirmation, "new_request");
  assert.deepEqual(r?.entities.order_ids, ["ORD-3002"]);
});

Deno.test("'and the other one too' while a speed-up waits is a speed-up, no yes or no", () => {
  const r = sameForOther(reading(), "and the other one too", pending("expedite_order", "ORD-1003"));
  assert.equal(r?.intent, "shipping_options");
  assert.equal(r?.confirmation, "new_request");
});

Deno.test("a yes, a no, nothing waiting or no other order leaves the reading alone", () => {
  const p = pending("cancel_order", "ORD-2002");
  assert.equal(
    sameForOther(reading({ confirmation: "affirm" }), "same for the other one", p),
    null,
  );
  assert.equal(sameForOther(reading(), "same for the other one", null), null);
  assert.equal(sameForOther(reading({}, ["ORD-2002"]), "same for 2002", p), null);
  assert.equal(sameForOther(reading(), "same here", p), null);
});

Deno.test("'can I return those too?' while a refund waits is no refund of the other order", () => {
  const text = "and the earbuds from the other order, can I return those too?";
  assert.equal(sameForOther(reading(), text, pending("refund", "ORD-11039")), null);
  const same = "and the other order, refund that too";
  assert.equal(
    sameForOther(reading(), same, pending("refund", "ORD-11039"))?.intent,
    "refund_request",
  );
});
