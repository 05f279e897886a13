import assert from "node:assert/strict";
import { correctsReturnedItem } from "./return_other_item.ts";
import type { Entities, PendingAction } from "../../shared/protocol.ts";

const pending = (items: unknown = [{ sku: "KIT-101", quantity: 1 }]): PendingAction => ({
  id: "p1",
  action: {
    type: "return_item",
    order_id: "ORD-1002",
    params: items ? { items } : {},
    requires_confirmation: true,
  } as PendingAction["action"],
  proposed_in: "m0",
  summary: "Open a return of Espresso Machine from order ORD-1002 and send the return label",
  expires_at: "2026-03-01T13:00:00Z",
});

const named = (name: string | null): Entities => ({
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
  item_refs: name ? [{ text: `the ${name}`, name, sku: null }] : [],
});

Deno.test("'wait no, the frother only' corrects which item goes back", () => {
  assert.ok(correctsReturnedItem("wait no, the frother only", named("frother"), pending()));
  assert.ok(
    correctsReturnedItem("sorry i meant the milk frother", named("milk frother"), pending()),
  );
});

Deno.test("the same item, no correction, a question or a whole-order return is not that", () => {
  assert.ok(
    !correctsReturnedItem("no, the espresso machine", named("espresso machine"), pending()),
  );
  assert.ok(!correctsReturnedItem("the frother is fine", named("frother"), pending()));
  assert.ok(!correctsReturnedItem("wait, and the frother?", named("frother"), pending()));
  assert.ok(!correctsReturnedItem("no, the frother only", named("frother"), pending(null)));
  assert.ok(!correctsReturnedItem("no thanks", named(null), pending()));
});
