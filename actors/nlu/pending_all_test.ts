import assert from "node:assert/strict";
import { correctsPendingItems } from "./pending_quantity.ts";
import type { Entities, PendingAction } from "../../shared/protocol.ts";

const entities = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
} as Entities;
const waiting = (quantity: number, was: number): PendingAction => ({
  id: "p1",
  action: {
    type: "modify_items",
    order_id: "ORD-1003",
    params: { items: [{ sku: "OUT-102", quantity, was }] },
    requires_confirmation: true,
  },
  proposed_in: "m0",
  expires_at: "2026-12-01T00:00:00Z",
  summary: "x",
});

Deno.test("'both then' while 2 → 1 waits corrects the waiting count", () => {
  assert.ok(correctsPendingItems("both then", entities, waiting(1, 2)));
  assert.ok(correctsPendingItems("actually all of them", entities, waiting(1, 2)));
});

Deno.test("'both' while 2 → 3 waits is no such correction", () => {
  assert.ok(!correctsPendingItems("both", entities, waiting(3, 2)));
});
