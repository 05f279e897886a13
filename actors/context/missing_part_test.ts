import assert from "node:assert/strict";
import { type References, resolveReference } from "./resolve_reference.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { withoutMissingPart } from "./missing_part.ts";

const order = (id: string, status: string, names: string[]): OrderView => ({
  id,
  status,
  placed_at: "2026-01-10T00:00:00.000Z",
  total: 10,
  currency: "USD",
  items: names.map((name, i) => ({ sku: `SKU-${id}-${i}`, name, quantity: 1, price: 10 })),
  tracking_number: null,
});

const SARAH = [
  order("ORD-1002", "delivered", ["Espresso Machine", "Milk Frother"]),
  order("ORD-1003", "processing", ["Trail Running Shoes", "Insulated Water Bottle"]),
];

const refs = (text: string, items: string[]): References => ({
  explicit: [],
  bare: [],
  items: items.map((name) => ({ text: `the ${name}`, name, sku: null })),
  text,
  skus: [],
  states: [],
});

Deno.test("the part said to be missing names no other order", () => {
  const said = "my espresso machine came without the water tank";
  assert.deepEqual(
    resolveReference(refs(said, ["espresso machine", "water tank"]), SARAH, null),
    { kind: "order", id: "ORD-1002", why: "product" },
  );
});

Deno.test("a missing item of an order still names that order", () => {
  const said = "my order came without the water bottles";
  assert.deepEqual(
    resolveReference(refs(said, ["water bottles"]), SARAH, null),
    { kind: "order", id: "ORD-1003", why: "product" },
  );
});

Deno.test("a fault's words name no order: 'a weird noise' is not the noise-cancelling headphones", () => {
  const orders = [order("ORD-1001", "shipped", ["Noise-Cancelling Headphones"]), ...SARAH];
  const said = "my espresso machine makes a weird noise, is that covered by the warranty?";
  assert.deepEqual(
    resolveReference(refs(said, ["espresso machine"]), orders, null),
    { kind: "order", id: "ORD-1002", why: "product" },
  );
  const headphones = "my noise cancelling headphones make a weird sound";
  assert.deepEqual(
    resolveReference(refs(headphones, ["noise cancelling headphones"]), orders, null),
    { kind: "order", id: "ORD-1001", why: "product" },
  );
});

Deno.test("'the water tank is missing' beside the espresso machine names no water bottle", () => {
  const r = withoutMissingPart("espresso machine arrived but the water tank is missing", [
    { text: "the water", name: "water", sku: null },
  ]);
  assert.ok(r);
  assert.deepEqual(r.items, []);
  assert.doesNotMatch(r.text, /water/);
});
