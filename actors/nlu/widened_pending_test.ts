import assert from "node:assert/strict";
import { widensReturn } from "./pending_items.ts";
import { correctsPendingItems } from "./pending_quantity.ts";
import type { Entities, PendingAction } from "../../shared/protocol.ts";

const entities = (skus: string[]): Entities => ({
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  dates: [],
  amounts: [],
  products: skus.map((sku) => ({ sku, name: sku })),
  quantities: [],
  item_refs: skus.map((sku) => ({ text: sku, name: sku, sku })),
} as Entities);

const pending = (type: string, items: { sku: string; quantity: number }[]): PendingAction => ({
  id: "p",
  action: { type, order_id: "ORD-1002", params: { items }, requires_confirmation: true },
  proposed_in: "m",
  expires_at: "2026-12-01T00:00:00Z",
  summary: "x",
} as PendingAction);

Deno.test("the frother's refund waiting, the frother and the machine named: widened", () => {
  const frother = pending("refund", [{ sku: "KIT-110", quantity: 1 }]);
  const text = "refund the frother and the espresso machine";
  assert.ok(widensReturn(text, entities(["KIT-110", "KIT-101"]), frother));
  // The machine alone is another refund, not more of this one.
  assert.ok(!widensReturn("refund the espresso machine", entities(["KIT-101"]), frother));
});

Deno.test("'yes and the shoes too', 'yes 2 bottles' while a change of items waits correct it", () => {
  const bottles = pending("modify_items", [{ sku: "OUT-102", quantity: 0 }]);
  assert.ok(correctsPendingItems("yes and the shoes too", entities(["OUT-101"]), bottles));
  assert.ok(correctsPendingItems("yes 2 bottles", entities(["OUT-102"]), bottles));
  assert.ok(!correctsPendingItems("yes the shoes", entities(["OUT-101"]), bottles));
});
