import assert from "node:assert/strict";
import { unitLines } from "./return_items.ts";

const shoes = [{ sku: "OUT-101", name: "Trail Running Shoes", quantity: 2, price: 136.5 }];

Deno.test("'return one pair' of an order of 2 pairs of shoes is one pair, not the order", () => {
  const text = "I got 2 pairs of running shoes but only need one, can I return one pair?";
  assert.deepEqual(unitLines(text, null, shoes), [{ ...shoes[0], quantity: 1 }]);
  // The whole order (no count, or both) stays the whole order.
  assert.equal(unitLines("can I return the running shoes?", null, shoes), null);
  assert.equal(unitLines("return both pairs of shoes", null, shoes), null);
  // Goods not named: no line read from a count alone.
  assert.equal(unitLines("can i return just one order?", null, shoes), null);
});
