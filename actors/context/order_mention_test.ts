/**
 * Which of the customer's orders a message means by the products it names.
 */
import assert from "node:assert/strict";
import { ordersMentioned } from "./order_lookup.ts";
import type { OrderView } from "../../shared/protocol.ts";

const order = (id: string, names: string[]): OrderView => ({
  id,
  status: "shipped",
  placed_at: "2026-11-20T10:00:00Z",
  total: 10,
  currency: "USD",
  items: names.map((name, i) => ({ sku: `SKU-${id}-${i}`, name, quantity: 1, price: 5 })),
  tracking_number: null,
});

const orders = [
  order("ORD-1001", ["Noise-Cancelling Headphones"]),
  order("ORD-1003", ["Trail Running Shoes", "Insulated Water Bottle"]),
];

Deno.test("an order is meant by a word of its item's name, plural or not", () => {
  assert.deepEqual(
    ordersMentioned(orders, "whats the status on my headphones", []).map((o) => o.id),
    [
      "ORD-1001",
    ],
  );
  assert.deepEqual(ordersMentioned(orders, "where is the water bottle?", []).map((o) => o.id), [
    "ORD-1003",
  ]);
});

Deno.test("an order is meant by a catalogue product found in the message", () => {
  assert.deepEqual(ordersMentioned(orders, "the thing", ["SKU-ORD-1003-0"]).map((o) => o.id), [
    "ORD-1003",
  ]);
});

Deno.test("a message naming no product means no order by product", () => {
  assert.deepEqual(ordersMentioned(orders, "where is my order?", []), []);
});

Deno.test("a misspelt item the customer calls theirs means the order it is in", () => {
  assert.deepEqual(
    ordersMentioned(orders, "wheres my hedphones", [], "hedphones").map((o) => o.id),
    ["ORD-1001"],
  );
  assert.deepEqual(
    ordersMentioned(orders, "my watr bottel", [], "watr bottel").map((o) => o.id),
    ["ORD-1003"],
  );
});

Deno.test("a word near an item's name outside what the customer named means no order", () => {
  assert.deepEqual(ordersMentioned(orders, "my hedphones", [], "").map((o) => o.id), []);
  assert.deepEqual(ordersMentioned(orders, "i was charged twice", [], "charged").length, 0);
});

Deno.test("a five-letter typo of their own goods names that order ('my vacum')", () => {
  const own = [order("ORD-3001", ["Robot Vacuum Cleaner"]), order("ORD-3002", ["Stand Mixer"])];
  assert.deepEqual(ordersMentioned(own, "any news on my vacum", [], "vacum").map((o) => o.id), [
    "ORD-3001",
  ]);
});

Deno.test("water leaking or a noise made names no water bottle nor noise-cancelling headphones", () => {
  const ids = (text: string) => ordersMentioned(orders, text, []).map((o) => o.id);
  assert.deepEqual(ids("it leaks water from the bottom"), []);
  assert.deepEqual(ids("it makes a weird noise"), []);
  // The name going on, or "one" after it, still names the goods.
  assert.deepEqual(ids("the water one"), ["ORD-1003"]);
  assert.deepEqual(ids("my noise cancelling ones"), ["ORD-1001"]);
  assert.deepEqual(ids("is the water bottle shipped"), ["ORD-1003"]);
});
