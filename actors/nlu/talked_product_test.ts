import assert from "node:assert/strict";
import { withTalkedProduct } from "./talked_product.ts";
import { intentOf, pendingOf } from "../../tests/fixtures/turns.ts";

const catalogue = [
  { sku: "SHO-201", name: "Trail Running Shoes" },
  { sku: "KIT-101", name: "Espresso Machine" },
];
const removal = pendingOf({
  type: "modify_items",
  order_id: "ORD-1003",
  requires_confirmation: true,
  params: { items: [{ sku: "SHO-201", quantity: 0, name: "Trail Running Shoes", was: 1 }] },
});

Deno.test("sizes asked with no product named are the sizes of the item whose removal waits", () => {
  const r = withTalkedProduct(intentOf("product_question", ""), "what sizes do you have?", {
    pending: removal,
    dialogue: null,
    catalogue,
  });
  assert.equal(r.intent, "product_question");
  assert.deepEqual(r.entities.products, [{ sku: "SHO-201", name: "Trail Running Shoes" }]);
});

Deno.test("colours asked after a product was looked up are that product's", () => {
  const r = withTalkedProduct(intentOf("other", ""), "which colours?", {
    pending: null,
    dialogue: { products: ["KIT-101"] },
    catalogue,
  });
  assert.deepEqual(r.entities.products.map((p) => p.sku), ["KIT-101"]);
});

Deno.test("nothing talked of, a product named, or no sizes asked: the reading stands", () => {
  const asked = intentOf("product_question", "");
  const none = { pending: null, dialogue: null, catalogue };
  assert.equal(withTalkedProduct(asked, "what sizes do you have?", none), asked);
  assert.equal(
    withTalkedProduct(asked, "how much is it", { ...none, dialogue: { products: ["KIT-101"] } }),
    asked,
  );
  const cancel = intentOf("cancel_order", "");
  assert.equal(
    withTalkedProduct(cancel, "cancel it, wrong size", { ...none, pending: removal }),
    cancel,
  );
});
