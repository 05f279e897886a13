import assert from "node:assert/strict";
import { asReplacementOfOrders } from "./replace_orders.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const read = (text: string, intent: Parameters<typeof intentOf>[0] = "modify_order") =>
  asReplacementOfOrders(intentOf(intent, text, { confidence: 0.37 }), text).intent;

Deno.test("'replace both please' asks for the replacement of the orders, not a change of items", () => {
  assert.equal(read("replace both please"), "delivery_problem");
  assert.equal(read("ok send replacements for both", "return_item"), "delivery_problem");
  assert.equal(read("new ones for both pls", "other"), "delivery_problem");
  assert.equal(read("replace them all"), "delivery_problem");
});

Deno.test("a switch of items, or another ask beside, is left as read", () => {
  assert.equal(read("replace both bottles with the blue ones"), "modify_order");
  assert.equal(read("replace the shoes with a size 9"), "modify_order");
  assert.equal(read("replace both please", "cancel_order"), "cancel_order");
});

Deno.test("'I would like both replaced please' is the replacement of both, said of them", () => {
  for (const t of ["I would like both replaced please.", "I'd like them both replaced"]) {
    const r = asReplacementOfOrders(intentOf("modify_order", t, { confidence: 0.24 }), t);
    assert.equal(r.intent, "delivery_problem", t);
  }
  const items = "I would like the bottles replaced with a frother";
  assert.equal(
    asReplacementOfOrders(intentOf("modify_order", items, { confidence: 0.6 }), items).intent,
    "modify_order",
  );
});
