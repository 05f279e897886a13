import assert from "node:assert/strict";
import { FAULT_TOLD_REASON, faultOverPending } from "./fault_over_pending.ts";
import type { ConfirmationReading } from "./confirmation.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const refund: PendingAction["action"] = {
  type: "refund",
  order_id: "ORD-1002",
  requires_confirmation: true,
  params: {},
};
const asRequest: ConfirmationReading = {
  label: "new_request",
  reason: "a request of its own",
  request: { intent: "delivery_problem", confidence: 0.8 },
};
const unclear: ConfirmationReading = { label: "unclear", reason: "?", request: null };

Deno.test("a fault told while its refund waits is the refund's reason, not a new request", () => {
  for (const text of ["its broken", "it just doesn't turn on at all", "the thing is dead"]) {
    for (const read of [asRequest, unclear]) {
      const got = faultOverPending(read, text, refund);
      assert.equal(got?.label, "unclear", text);
      assert.equal(got?.reason, FAULT_TOLD_REASON, text);
    }
  }
});

Deno.test("a yes, a no, another order or another change leaves the reading as it was", () => {
  const yes: ConfirmationReading = { label: "affirm", reason: "a clear yes", request: null };
  assert.equal(faultOverPending(yes, "yes it doesn't work", refund), null);
  assert.equal(faultOverPending(asRequest, "ORD-1001 doesn't work either", refund), null);
  assert.equal(faultOverPending(asRequest, "it doesn't work, send a new one", refund), null);
  const cancel: PendingAction["action"] = { ...refund, type: "cancel_order" };
  assert.equal(faultOverPending(asRequest, "it doesn't work", cancel), null);
});

Deno.test("a fault of other goods than the waiting change's is left as read", () => {
  const index = {
    match: (t: string) => /mixer/i.test(t) ? [{ sku: "KIT-0001", name: "Stand Mixer" }] : [],
  } as unknown as Parameters<typeof faultOverPending>[3];
  const vacuum: PendingAction["action"] = { ...refund, params: { goods: ["HOM-0001"] } };
  assert.equal(faultOverPending(asRequest, "ok, the mixer then, it's broken", vacuum, index), null);
  assert.equal(faultOverPending(asRequest, "its broken", vacuum, index)?.label, "unclear");
});
