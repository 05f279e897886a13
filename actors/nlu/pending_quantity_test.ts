import assert from "node:assert/strict";
import { correctsPendingItems } from "./pending_quantity.ts";
import { extractEntities } from "./entities.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const NOW = new Date("2026-03-01T12:00:00Z");
const pending = (type = "modify_items"): PendingAction => ({
  id: "p1",
  action: {
    type,
    order_id: "ORD-1003",
    params: { items: [{ sku: "OUT-102", quantity: 1 }] },
    requires_confirmation: true,
  } as PendingAction["action"],
  proposed_in: "m0",
  summary: "Change the items of order ORD-1003",
  expires_at: "2026-03-01T13:00:00Z",
});
const corrects = (text: string, p = pending()) =>
  correctsPendingItems(text, extractEntities(text, { now: NOW }), p);

Deno.test("a new count or another item while a change of items waits corrects it", () => {
  assert.ok(corrects("actually make it 4"));
  assert.ok(corrects("no, 3 in total"));
  assert.ok(corrects("no wait, I meant the bottles"));
  assert.ok(corrects("wait no, just the water bottles"));
  assert.ok(corrects("no, only the bottles"));
});

Deno.test("a question, a plain yes or no, or another kind of change waiting is no correction", () => {
  assert.ok(!corrects("is 4 the most I can order?"));
  assert.ok(!corrects("yes"));
  assert.ok(!corrects("no"));
  assert.ok(!corrects("actually make it 4", pending("cancel_order")));
});

Deno.test("'yes 4' while another count waits corrects the count", () => {
  assert.ok(corrects("yes 4"));
  assert.ok(corrects("ok four please"));
  assert.ok(!corrects("yes 4 days ago i ordered"));
});

Deno.test("'just one' to a change that adds one says what it adds, not a count of one", () => {
  const adding = pending();
  adding.action.params = { items: [{ sku: "OUT-102", quantity: 3, was: 2 }] };
  assert.equal(corrects("just one", adding), false);
  // "Just 1 more" is a correction the change of items reads as what it adds (lead5).
  assert.ok(corrects("just 1 more", adding));
  // A total said, or another count: a correction as before.
  assert.ok(corrects("actually just one in total", adding));
  assert.ok(corrects("just 2", adding));
});
