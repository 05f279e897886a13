import assert from "node:assert/strict";
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { letGoReading } from "./let_go_reading.ts";
import { indexProducts } from "./products.ts";
import { itemRefs } from "./references.ts";

const pending: PendingAction = {
  id: "p1",
  action: { type: "cancel_order", order_id: "ORD-11197", params: {}, requires_confirmation: true },
  proposed_in: "m0",
  expires_at: "2026-12-08T02:00:00Z",
  summary: "Cancel order ORD-11197",
};
const reading: IntentEnrichment = {
  intent: "cancel_order",
  confidence: 0.8,
  alternatives: [],
  entities: {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products: [],
  },
  source: "classifier",
  confirmation: "new_request",
};

Deno.test("'scrap the headphones cancellation' while it waits is a no, not the change again", () => {
  const r = letGoReading(
    reading,
    "on second thought scrap the headphones cancellation",
    pending,
    {},
  );
  assert.equal(r?.intent, "deny");
  assert.equal(r?.confirmation, "deny");
  assert.equal(letGoReading(reading, "yes cancel the headphones", pending, {}), null);
});

Deno.test("'forget the headphones' with their cancellation put off asks the waiting change again", () => {
  const ret = { ...pending, action: { ...pending.action, type: "return_item" as const } };
  const dialogue = {
    deferred: [{
      intent: "cancel_order" as const,
      order_id: null,
      text: "oh and can you cancel the kids headphones order",
      raised: false,
    }],
  };
  const r = letGoReading(reading, "actually forget the headphones, my nephew wants them", {
    ...ret,
    summary: "Open a return of Trail Running Shoes from order ORD-11088",
  }, dialogue);
  assert.equal(r?.confirmation, "unclear");
  assert.equal(r?.after_yes, undefined);
});

Deno.test("'the dock' names the Docking Station with the catalogue known", () => {
  const products = indexProducts([
    { sku: "CMP-104", name: "USB-C Docking Station" },
    { sku: "AUD-101", name: "Wireless Earbuds Pro" },
  ]);
  assert.deepEqual(itemRefs("just take off the dock then", products).map((r) => r.ref.name), [
    "dock",
  ]);
  assert.deepEqual(itemRefs("just take off the lamp then", products), []);
  // The stem finds the product too, so "take the dock off it" is the dock's line.
  assert.deepEqual(products.match("take the dock off it").map((p) => p.sku), ["CMP-104"]);
  assert.deepEqual(products.match("the docking station").map((p) => p.sku), ["CMP-104"]);
});
