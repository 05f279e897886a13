import assert from "node:assert/strict";
import { itemChanges } from "./items.ts";
import { viewOf } from "./view.ts";
import { castContext, intentOf, turnWith } from "../../tests/fixtures/turns.ts";

const context = castContext("sarah", { order: "ORD-1003" });
function change(text: string, products: string[]) {
  const msg = turnWith({
    text,
    who: "sarah",
    intent: intentOf("modify_order", text),
    context,
    session: { dialogue: { focus: null, mentioned: [], unanswered: [], products } },
  });
  return itemChanges(viewOf(msg, new Date(msg.created_at)), context.order!)?.items ?? null;
}

Deno.test("a count with no item, right after one product was told about, is of that product", () => {
  const bottle = ["OUT-102"];
  assert.deepEqual(change("add 1 to my order", bottle), [{ sku: "OUT-102", quantity: 3 }]);
  assert.deepEqual(change("can you add one more to my order", bottle), [
    { sku: "OUT-102", quantity: 3 },
  ]);
  assert.deepEqual(change("add 2 more to my order", ["OUT-101"]), [
    { sku: "OUT-101", quantity: 3 },
  ]);
});

Deno.test("no product told, two told, or one the order lacks: still asked which item", () => {
  assert.equal(change("add 1 to my order", []), null);
  assert.equal(change("add 1 to my order", ["OUT-101", "OUT-102"]), null);
  assert.equal(change("add 1 to my order", ["HOM-108"]), null);
});
