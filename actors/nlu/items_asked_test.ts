/** A change of the items of the customer's order is read as one, whatever the classifier said. */
import assert from "node:assert/strict";
import { intentOf } from "../../tests/fixtures/turns.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { asItemsChange } from "./items_asked.ts";

function reading(intent: IntentEnrichment["intent"]): IntentEnrichment {
  return intentOf(intent, "", { confidence: 0.47, source: "classifier" });
}

Deno.test("more, another or fewer items in their order is a change of the order", () => {
  for (
    const text of [
      "can i add another water bottle to my running shoes order?",
      "can i get more water bottles in my order",
      "please put one extra mug into order 1003",
      "I'd like fewer bottles in the order",
      "can you remove the shoes from my order",
      // A count set for an item of an order named by its number.
      "make it 50 water bottles on 1003",
      "i want 3 bottles in order 1003",
      "can i get more water bottles on 1003",
    ]
  ) {
    const r = asItemsChange(reading("place_order"), text);
    assert.equal(r.intent, "modify_order", text);
    assert.equal(r.alternatives[0].intent, "place_order");
  }
});

Deno.test("buying, asking about a product or more information is left as read", () => {
  const cases: [IntentEnrichment["intent"], string][] = [
    ["place_order", "how do I add the mixer to my cart?"],
    ["product_question", "can I get more information on my order"],
    ["other", "more details about the order please"],
    ["place_order", "I want to order another water bottle"],
    // A reading the rule does not override.
    ["order_status", "add tracking to my order?"],
  ];
  for (const [intent, text] of cases) {
    assert.equal(asItemsChange(reading(intent), text).intent, intent, text);
  }
});

Deno.test("a count taken away or made less needs no order named: 'can u drop one bottle'", () => {
  for (const text of ["can u drop one bottle", "remove 2 of the mugs", "one less bottle pls"]) {
    assert.equal(asItemsChange(reading("product_question"), text).intent, "modify_order", text);
  }
  for (const text of ["drop me a line", "i want one bottle", "is one bottle enough"]) {
    assert.equal(asItemsChange(reading("product_question"), text).intent, "product_question", text);
  }
});

Deno.test("where the order goes is an address change, misspelt or not", () => {
  for (const t of ["hiya can u change wher my order goes", "can you update where it ships"]) {
    assert.equal(asItemsChange(reading("modify_order"), t).intent, "change_address", t);
  }
  // What is in it stays a change of its items.
  const items = "can i change what my order has";
  assert.equal(asItemsChange(reading("modify_order"), items).intent, "modify_order");
});

Deno.test("'i want to change my water bottles' is their order's goods, not their account", () => {
  const withGoods = (): IntentEnrichment => {
    const r = reading("account_update");
    return {
      ...r,
      entities: { ...r.entities, products: [{ sku: "OUT-102", name: "Insulated Water Bottle" }] },
    };
  };
  for (const text of ["i want to change my water bottles", "can i change my bottles"]) {
    assert.equal(asItemsChange(withGoods(), text).intent, "modify_order", text);
  }
  // Their account's own things, or no goods named, stay as read.
  assert.equal(asItemsChange(withGoods(), "change my email address").intent, "account_update");
  assert.equal(asItemsChange(reading("account_update"), "change my name").intent, "account_update");
});

Deno.test("'add another' of goods is a change of their order; to a cart it is buying", () => {
  for (const t of ["i want to add another water bottle", "can u add one more bottle pls"]) {
    assert.equal(asItemsChange(reading("place_order"), t).intent, "modify_order", t);
  }
  for (
    const t of ["how do i add another water bottle to my cart", "how do i add another address"]
  ) {
    assert.equal(asItemsChange(reading("place_order"), t).intent, "place_order", t);
  }
});

Deno.test("goods taken out of their order, read unsurely as the account or a cancellation", () => {
  const unsure = (intent: IntentEnrichment["intent"]) => ({ ...reading(intent), confidence: 0.3 });
  for (const t of ["please remove the shoes from 1003, I don't want them anymore"]) {
    assert.equal(asItemsChange(unsure("account_update"), t).intent, "modify_order", t);
    assert.equal(asItemsChange(unsure("cancel_order"), t).intent, "modify_order", t);
  }
  assert.equal(
    asItemsChange(unsure("account_update"), "remove my card from my account").intent,
    "account_update",
  );
});

Deno.test("the part that adds to their order is the change beside a stock question", () => {
  const text = "can i add another water bottle to 1003? also is the milk frother in stock?";
  const r = asItemsChange({
    ...reading("product_question"),
    confidence: 0.93,
    requests: [
      { intent: "product_question", confidence: 0.93, text: text.slice(40), start: 40, end: 74 },
      { intent: "place_order", confidence: 0.56, text: text.slice(0, 39), start: 0, end: 39 },
    ],
  }, text);
  assert.equal(r.intent, "modify_order");
  assert.deepEqual(r.requests?.map((q) => q.intent), ["product_question", "modify_order"]);
});
