import assert from "node:assert/strict";
import { yesOverDeferred } from "./both_yes.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const pending: PendingAction = {
  id: "p",
  action: { type: "refund", order_id: "ORD-3001", params: {}, requires_confirmation: true },
  proposed_in: "m",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "x",
};
const dialogue = {
  deferred: [{
    intent: "delivery_problem" as const,
    order_id: "ORD-3002",
    text: "a replacement for the mixer",
    raised: false,
  }],
};
const read = (text: string, d: typeof dialogue | null = dialogue) =>
  yesOverDeferred(
    intentOf("refund_request", text, { confirmation: "unclear" }),
    text,
    d,
    pending,
  );

Deno.test("'yes to both' and 'just the first one' are a yes to the change waiting", () => {
  for (
    const text of [
      "Yes, please proceed with both.",
      "yes to both",
      "just the first one",
      "do the refund but not the replacement",
    ]
  ) {
    const r = read(text);
    assert.equal(r?.intent, "affirm", text);
    assert.equal(r?.confirmation, "affirm", text);
    assert.deepEqual(r?.entities.order_ids, ["ORD-3001"], text);
  }
});

Deno.test("with nothing put off, or a doubt, 'both' is no yes", () => {
  assert.equal(read("yes to both", null), null);
  assert.equal(read("yes to both?"), null);
  assert.equal(read("just the replacement"), null);
});
