/** A thanks and a question of its own while a change waits: the question, and no yes. */
import assert from "node:assert/strict";
import type { PendingAction } from "../../shared/protocol.ts";
import { readPendingReply } from "../intent.ts";
import { narrowsCancel } from "./pending_cancel_items.ts";

const pending: PendingAction = {
  id: "p-1",
  action: { type: "cancel_order", order_id: "ORD-1003", params: {}, requires_confirmation: true },
  proposed_in: "m-0",
  expires_at: "2026-11-25T16:00:00Z",
  summary: "cancel ORD-1003",
};
const deps = { products: [{ sku: "ELC-001", name: "Noise-Cancelling Headphones" }] };

Deno.test("'thanks! one more thing, where are my headphones' asks where they are", () => {
  for (
    const text of [
      "thanks! one more thing, where are my headphones",
      "thank you. also where are my headphones",
      "cheers, btw where are my headphones",
    ]
  ) {
    const r = readPendingReply(text, pending, deps);
    assert.equal(r.label, "new_request", text);
    assert.equal(r.request?.intent, "order_status", text);
  }
  // A thanks alone, or a thanks and a yes, is no request of its own.
  assert.notEqual(readPendingReply("thanks!", pending, deps).label, "new_request");
  assert.notEqual(readPendingReply("ok thanks", pending, deps).label, "new_request");
});

Deno.test("'where are my headphones' while the whole order's cancellation waits narrows nothing", () => {
  const products = [{ sku: "ELC-001", name: "Noise-Cancelling Headphones" }];
  const entities = {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products,
  };
  assert.equal(narrowsCancel("where are my headphones", entities, pending, false), false);
  assert.equal(narrowsCancel("when will the headphones come", entities, pending, false), false);
  assert.equal(narrowsCancel("ok cancel the headphones then", entities, pending, false), true);
});
