import assert from "node:assert/strict";
import type { PendingAction } from "../../shared/protocol.ts";
import { readPendingReply } from "../intent.ts";

const pending = (type: "cancel_order" | "refund"): PendingAction => ({
  id: "p-1",
  action: { type, order_id: "ORD-1003", params: {}, requires_confirmation: true },
  proposed_in: "m-1",
  expires_at: "2030-01-01T00:00:00Z",
  summary: "",
});

Deno.test("a no with another change of the items is that change, taking the waiting one's place", () => {
  for (
    const t of [
      "no, just remove one water bottle",
      "wait actually no, just take off one of the water bottles",
    ]
  ) {
    const read = readPendingReply(t, pending("cancel_order"), {});
    assert.equal(read.label, "new_request", t);
    assert.equal(read.request?.intent, "modify_order", t);
  }
});

Deno.test("a plain no, or a no to a change of another kind, stays as read", () => {
  assert.equal(readPendingReply("no, keep it", pending("cancel_order"), {}).label, "deny");
  assert.equal(readPendingReply("no thanks", pending("cancel_order"), {}).label, "deny");
  assert.notEqual(
    readPendingReply("no, just remove one water bottle", pending("refund"), {}).request?.intent,
    "modify_order",
  );
});

Deno.test("'no wait, just the frother' while the whole order's refund waits asks it of the frother", () => {
  const read = readPendingReply("no wait, just the frother", pending("refund"), {});
  assert.equal(read.label, "new_request");
  assert.equal(read.request?.intent, "refund_request");
  assert.equal(readPendingReply("no wait", pending("refund"), {}).label === "new_request", false);
});

Deno.test("'only the frother' with no 'no' before it narrows the whole order's refund too", () => {
  for (const text of ["only the frother", "just the frother please"]) {
    const read = readPendingReply(text, pending("refund"), {});
    assert.equal(read.label, "new_request", text);
    assert.equal(read.request?.intent, "refund_request", text);
  }
  // The refund of the frother alone waiting: nothing narrower to ask.
  const frother: PendingAction = {
    ...pending("refund"),
    action: { ...pending("refund").action, params: { items: [{ sku: "KIT-110", quantity: 1 }] } },
  };
  assert.notEqual(readPendingReply("only the frother", frother, {}).label, "new_request");
  // "Just the one" names no goods: which one is asked (return_which.ts).
  assert.notEqual(readPendingReply("just the one", pending("refund"), {}).label, "new_request");
});

Deno.test("'no, just one pair of the shoes' while the whole order's return waits narrows it to units", () => {
  const ret: PendingAction = {
    ...pending("refund"),
    action: { ...pending("refund").action, type: "return_item" },
  };
  for (
    const text of [
      "no, just one pair of the running shoes, I want to keep two",
      "only one pair please",
    ]
  ) {
    const read = readPendingReply(text, ret, {});
    assert.equal(read.label, "new_request", text);
    assert.equal(read.request?.intent, "return_item", text);
  }
  assert.notEqual(readPendingReply("no, keep them all", ret, {}).label, "new_request");
  // "Just one of them" of an order of two lines asks which item (return_which.ts).
  assert.notEqual(readPendingReply("just one of them", ret, {}).label, "new_request");
});
