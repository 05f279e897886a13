import assert from "node:assert/strict";
import { namesItemsToReturn } from "./pending_items.ts";
import { extractEntities } from "./entities.ts";
import type { PendingAction } from "../../shared/protocol.ts";

const NOW = new Date("2026-03-01T12:00:00Z");
const pending = (params: Record<string, unknown> = {}, type = "return_item"): PendingAction => ({
  id: "p1",
  action: {
    type,
    order_id: "ORD-1002",
    params,
    requires_confirmation: true,
  } as PendingAction["action"],
  proposed_in: "m0",
  summary: "Open a return for order ORD-1002",
  expires_at: "2026-03-01T13:00:00Z",
});
const names = (text: string, p = pending()) =>
  namesItemsToReturn(text, extractEntities(text, { now: NOW }), p);

Deno.test("an item named while the whole order's return waits narrows the return", () => {
  assert.ok(names("the espresso machine, it stopped working after a week"));
  assert.ok(names("the frother"));
});

Deno.test("a question, no item, a narrowed return or another change is left to the confirmation", () => {
  assert.ok(!names("is the espresso machine covered by warranty?"));
  assert.ok(!names("yes please"));
  assert.ok(!names("the frother", pending({ items: [{ sku: "KIT-110", quantity: 1 }] })));
  assert.ok(!names("the frother", pending({}, "cancel_order")));
});
