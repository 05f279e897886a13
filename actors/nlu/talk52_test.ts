/**
 * The talk52 round's readings against the waiting change: "yes but only the frother" to a whole
 * order's refund, "yes for 1003 not 1002" between a change waiting and one put off, "yes but can
 * you also expedite it" to a new address, "can you do it tomorrow instead?".
 */
import assert from "node:assert/strict";
import type { PendingAction } from "../../shared/protocol.ts";
import { readPendingReply } from "../intent.ts";
import { deferredPick } from "./deferred_pick.ts";
import { yesOverDeferred } from "./both_yes.ts";
import { insteadOfPending } from "./instead_of.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import { YES_THEN_QUESTION } from "./yes_then_question.ts";

const pending = (type: PendingAction["action"]["type"], order = "ORD-1003"): PendingAction => ({
  id: "p-1",
  action: { type, order_id: order, params: {}, requires_confirmation: true },
  proposed_in: "m-1",
  expires_at: "2030-01-01T00:00:00Z",
  summary: "",
});

Deno.test("'yes but only the frother' to a whole order's refund is the refund of the frother", () => {
  for (
    const t of [
      "yes but only the frother",
      "yep, only the milk frother tho",
      "yes but just the frother",
    ]
  ) {
    const read = readPendingReply(t, pending("refund", "ORD-1002"), {});
    assert.equal(read.label, "new_request", t);
    assert.equal(read.request?.intent, "refund_request", t);
  }
  assert.equal(readPendingReply("yes", pending("refund", "ORD-1002"), {}).label, "affirm");
});

Deno.test("'yes and expedite it too' to a new address: the yes carried out beside the speed-up", () => {
  for (const t of ["yes but can you also expedite it", "yes and expedite it too"]) {
    const read = readPendingReply(t, pending("change_address"), {});
    assert.equal(read.label, "new_request", t);
    assert.equal(read.reason, YES_THEN_QUESTION, t);
    assert.equal(read.request?.intent, "shipping_options", t);
  }
  // To a cancellation the speed-up is no change beside it: no yes carried out.
  const cancel = readPendingReply("yes, and can you also expedite it", pending("cancel_order"), {});
  assert.notEqual(cancel.reason, YES_THEN_QUESTION);
});

Deno.test("the waiting change asked for later is unclear, and no change in its place", () => {
  for (
    const t of ["can you do it tomorrow instead?", "do it tomorrow", "not today, maybe next week"]
  ) {
    assert.equal(readPendingReply(t, pending("cancel_order"), {}).label, "unclear", t);
  }
  const t = "can you do it tomorrow instead?";
  const read = intentOf("shipping_options", t, { confirmation: "unclear" });
  assert.equal(insteadOfPending(read, t, pending("cancel_order")), null);
});

const dialogue = {
  deferred: [{
    intent: "refund_request" as const,
    order_id: "ORD-1002",
    text: "refund 1002",
    raised: false,
  }],
};

Deno.test("'yes for 1002 not 1003' picks the refund put off behind the cancellation of 1003", () => {
  for (const t of ["yes for 1002 not 1003", "only 1002", "yes to 1002, no to 1003"]) {
    const r = deferredPick(
      intentOf("other", t, { confirmation: "unclear" }),
      t,
      dialogue,
      pending("cancel_order"),
    );
    assert.equal(r?.intent, "refund_request", t);
    assert.equal(r?.withdraws_pending, true, t);
    assert.deepEqual(r?.entities.order_ids, ["ORD-1002"], t);
  }
});

Deno.test("'yes to 1003, no to 1002' is a yes to the cancellation waiting", () => {
  for (const t of ["yes to 1003, no to 1002", "just 1003 pls", "yes for 1003 not 1002"]) {
    const r = yesOverDeferred(
      intentOf("other", t, { confirmation: "unclear" }),
      t,
      dialogue,
      pending("cancel_order"),
    );
    assert.equal(r?.confirmation, "affirm", t);
  }
  const both = "yes for 1002 and 1003";
  assert.equal(
    deferredPick(
      intentOf("other", both, { confirmation: "unclear" }),
      both,
      dialogue,
      pending("cancel_order"),
    ),
    null,
  );
});
