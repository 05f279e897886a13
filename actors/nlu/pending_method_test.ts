import assert from "node:assert/strict";
import type { PendingAction } from "../../shared/protocol.ts";
import { correctsPendingMethod } from "./pending_method.ts";

function speedUp(method: string | null, type: PendingAction["action"]["type"] = "expedite_order") {
  return {
    id: "p-1",
    action: {
      type,
      order_id: "ORD-1001",
      params: method ? { method } : {},
      requires_confirmation: true,
    },
    proposed_in: "m-0",
    expires_at: "2026-11-25T16:00:00Z",
    summary: "speed-up",
  } satisfies PendingAction;
}

Deno.test("another speed than the one proposed corrects the pending speed-up", () => {
  assert.ok(correctsPendingMethod("yes but not the express one, overnight", speedUp("express")));
  assert.ok(correctsPendingMethod("make it overnight", speedUp(null, "expedite_delivery")));
  assert.ok(correctsPendingMethod("actually express is enough", speedUp("overnight")));
});

Deno.test("the same speed, no speed, or no speed-up waiting corrects nothing", () => {
  assert.ok(!correctsPendingMethod("yes express is fine", speedUp("express")));
  assert.ok(!correctsPendingMethod("yes go ahead", speedUp("express")));
  assert.ok(!correctsPendingMethod("not express", speedUp("express")));
  assert.ok(!correctsPendingMethod("overnight please", null));
});
