/** Goods named that none of the customer's orders holds are said not to be there. */
import assert from "node:assert/strict";
import { goodsInNoOrder, notInOrdersLine } from "./not_in_orders.ts";
import { castContext } from "../../tests/fixtures/turns.ts";
import type { TurnView } from "./view.ts";

const view = (entities: Partial<TurnView["entities"]>) =>
  ({
    guest: false,
    context: { ...castContext("emma"), order_lookup: "none" },
    entities: { order_ids: [], products: [], item_refs: [], ...entities },
  }) as unknown as TurnView;

Deno.test("'where are my headphones' from Emma (none in her orders) names any headphones", () => {
  const item = { text: "my headphones", name: "headphones", sku: null };
  const goods = goodsInNoOrder(view({ item_refs: [item] }));
  assert.deepEqual(goods, ["any headphones"]);
  assert.equal(notInOrdersLine(goods!), "I can't see any headphones in your recent orders.");
  // Her mixer is in her orders: nothing to say.
  const mixer = { text: "my mixer", name: "mixer", sku: null };
  assert.equal(goodsInNoOrder(view({ item_refs: [mixer] })), null);
  assert.equal(goodsInNoOrder(view({})), null);
});
