import assert from "node:assert/strict";
import { namesItemsToReturn, widensReturn } from "./pending_items.ts";
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

Deno.test("'both please', 'all of it' or an item 'too' while part of the order waits widens it", () => {
  const part = pending({ items: [{ sku: "KIT-110", quantity: 1 }] });
  const widens = (text: string, p = part) =>
    widensReturn(text, extractEntities(text, { now: NOW }), p);
  assert.ok(widens("both please"));
  assert.ok(widens("yes, all of it actually"));
  assert.ok(widens("can you do both?"));
  assert.ok(widens("the espresso machine too"));
  assert.ok(!widens("the espresso machine"));
  assert.ok(!widens("not both, just the frother"));
  assert.ok(!widens("is that both?"));
  assert.ok(!widens("both please", pending()), "the whole order waits already");
  assert.ok(!widens("both please", pending({ items: [] }, "cancel_order")));
});

Deno.test("'actually refund both' while a refund waits asks for all of the order", () => {
  const refund = pending({ amount: 29 }, "refund");
  const widens = (text: string) => widensReturn(text, extractEntities(text, { now: NOW }), refund);
  assert.ok(widens("actually refund both"));
  assert.ok(widens("all of it please"));
  assert.ok(!widens("yes"));
  assert.ok(!widens("is that both?"));
});

Deno.test("'yes both' to one refund proposed for two orders widens nothing: it is the yes", () => {
  const both: PendingAction = {
    ...pending({}, "refund"),
    also: [{
      action: {
        type: "refund",
        order_id: "ORD-3001",
        params: {},
        requires_confirmation: true,
      } as PendingAction["action"],
      summary: "Refund order ORD-3001",
    }],
  };
  const widens = (text: string, p: PendingAction) =>
    widensReturn(text, extractEntities(text, { now: NOW }), p);
  assert.equal(widens("yes both", both), false);
  assert.equal(widens("yes to both please", both), false);
  // A refund of one order, "refund both" still asks for the whole of it.
  assert.equal(widens("refund both", pending({}, "refund")), true);
});
