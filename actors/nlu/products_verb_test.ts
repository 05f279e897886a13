import assert from "node:assert/strict";
import { indexProducts } from "./products.ts";

const index = indexProducts([
  { sku: "HOM-105", name: "Linen Duvet Cover Set" },
  { sku: "AUD-102", name: "Noise-Cancelling Headphones" },
]);

Deno.test("a product's head noun said as a verb names no product", () => {
  for (
    const t of [
      "does it cover drops?",
      "the warranty covers that?",
      "will it also cover water damage",
    ]
  ) assert.deepEqual(index.match(t), [], t);
});

Deno.test("the head noun said as a thing still names its product", () => {
  assert.equal(index.match("is the cover in stock?")[0]?.sku, "HOM-105");
  assert.equal(index.match("how much is the duvet cover")[0]?.sku, "HOM-105");
});
