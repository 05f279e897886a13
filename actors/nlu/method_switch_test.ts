import assert from "node:assert/strict";
import type { PendingAction } from "../../shared/protocol.ts";
import { readPendingReply } from "../intent.ts";

const speedUp = (method: string): PendingAction => ({
  id: "p-1",
  action: {
    type: "expedite_order",
    order_id: "ORD-1003",
    params: { method },
    requires_confirmation: true,
  },
  proposed_in: "m-1",
  expires_at: "2030-01-01T00:00:00Z",
  summary: "",
});

Deno.test("another speed named while a speed-up waits is that speed asked for instead", () => {
  for (const t of ["overnight then", "make it overnight", "overnight please"]) {
    const read = readPendingReply(t, speedUp("express"), {});
    assert.equal(read.label, "new_request", t);
    assert.equal(read.request?.intent, "shipping_options", t);
  }
});

Deno.test("the speed proposed is a yes, the standard speed a no, a question neither", () => {
  assert.equal(readPendingReply("express is fine", speedUp("express"), {}).label, "affirm");
  assert.equal(readPendingReply("overnight then", speedUp("overnight"), {}).label, "affirm");
  assert.equal(readPendingReply("standard is fine", speedUp("express"), {}).label, "deny");
  assert.equal(readPendingReply("is overnight faster?", speedUp("express"), {}).label, "unclear");
});
