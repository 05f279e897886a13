import assert from "node:assert/strict";
import { asksOtherProduct, productWanted } from "./exchange_asked.ts";

Deno.test("a product swapped for another is read with the words naming the one wanted", () => {
  assert.equal(productWanted("exchange the headphones for the studio ones"), "studio");
  assert.equal(
    productWanted("can i swap my headphones for the studio monitor ones instead"),
    "studio monitor",
  );
  assert.equal(asksOtherProduct("exchange the espresso machine for a different model"), true);
  assert.equal(productWanted("exchange the espresso machine for a different model"), null);
  // Another size or colour of the same item is no other product.
  assert.equal(asksOtherProduct("can i swap the trail shoes for a 9?"), false);
  assert.equal(asksOtherProduct("can I exchange the bottle for a different colour"), false);
  assert.equal(asksOtherProduct("where is my order"), false);
});
