import assert from "node:assert/strict";
import { bareOrderOverPending } from "./bare_order_over_pending.ts";
import type { ConfirmationReading } from "./confirmation.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const cancel: PendingAction["action"] = {
  type: "cancel_order",
  order_id: "ORD-1003",
  requires_confirmation: true,
  params: {},
};
const unclear: ConfirmationReading = { label: "unclear", reason: "neither", request: null };
/** A classifier that knows an order's status question only with the order's id written out. */
const classify = (t: string) =>
  /\bord-?\s?\d+/i.test(t) && /\b(?:where|wheres|arriving)\b/i.test(t)
    ? { intent: "order_status" as const, confidence: 0.85 }
    : { intent: "other" as const, confidence: 0.4 };

Deno.test("another order asked about by its bare number while a change waits is a request", () => {
  for (const text of ["where is 1001 btw", "wheres 1001?", "is 1001 arriving tomorrow?"]) {
    const read = bareOrderOverPending(unclear, text, cancel, classify);
    assert.equal(read?.label, "new_request", text);
    assert.equal(read?.request?.intent, "order_status", text);
  }
});

Deno.test("the waiting order's own number, a year or a clear reading is left as it was", () => {
  assert.equal(bareOrderOverPending(unclear, "where is 1003", cancel, classify), null);
  assert.equal(bareOrderOverPending(unclear, "can you do it by 2026", cancel, classify), null);
  const yes: ConfirmationReading = { label: "affirm", reason: "a clear yes", request: null };
  assert.equal(bareOrderOverPending(yes, "yes where is 1001", cancel, classify), null);
});
