/**
 * Stock and price claims about products must be what the store said this turn: a claim
 * about a product nobody looked up, a wrong stock state or count, or another product's
 * price are found; suppositions ("when something is sold out") and the truth are not.
 */
import assert from "node:assert/strict";
import { type KnownProducts, productClaimIssues } from "./product_claims.ts";
import type { ProductView } from "../shared/protocol.ts";

const p = (name: string, price: number, stock: number): ProductView => ({
  sku: name.slice(0, 3).toUpperCase(),
  name,
  category: "Kitchen",
  price,
  currency: "USD",
  stock,
  in_stock: stock > 0,
  rating: 4.2,
  warranty_months: 24,
});
const MACHINE = p("Espresso Machine", 399, 42);
const MIXER = p("Stand Mixer", 349, 0);
const known: KnownProducts = { looked: [MACHINE, MIXER], named: ["Milk Frother"] };
const claims = (text: string, k: KnownProducts = known) =>
  productClaimIssues(text, k).map((c) => [c.product, c.claim]);

Deno.test("what the store said passes: stock, sold out, prices, each of its own product", () => {
  assert.deepEqual(claims("Yes — the Espresso Machine is in stock. It costs 399.00 USD."), []);
  assert.deepEqual(claims("The Stand Mixer is sold out at the moment; it costs 349.00 USD."), []);
  assert.deepEqual(
    claims(
      "Two fit: the Espresso Machine (399.00 USD, in stock) and the Stand Mixer (349.00 USD, sold out).",
    ),
    [],
  );
  assert.deepEqual(claims("We have 42 espresso machine units? The espresso machine: 42 left."), []);
});

Deno.test("a wrong stock state, a count the store did not give, or a swapped price is found", () => {
  assert.deepEqual(claims("Good news: the Stand Mixer is in stock!"), [[
    "Stand Mixer",
    "in_stock",
  ]]);
  assert.deepEqual(claims("Sorry, the Espresso Machine is out of stock."), [[
    "Espresso Machine",
    "sold_out",
  ]]);
  assert.deepEqual(claims("Hurry, the Espresso Machine has only 2 left."), [[
    "Espresso Machine",
    "count",
  ]]);
  assert.deepEqual(claims("The Espresso Machine costs 349.00 USD."), [[
    "Espresso Machine",
    "price",
  ]]);
  // The mixer's price said of the machine in a list: caught per product.
  assert.deepEqual(
    claims(
      "the Espresso Machine (349.00 USD, in stock) and the Stand Mixer (399.00 USD, sold out)",
    ),
    [["Espresso Machine", "price"], ["Stand Mixer", "price"]],
  );
});

Deno.test("'it' is the product talked of last, or the only one looked up", () => {
  assert.deepEqual(claims("The Stand Mixer is popular. It's available now."), [[
    "Stand Mixer",
    "in_stock",
  ]]);
  const one: KnownProducts = { looked: [MIXER], named: [] };
  assert.deepEqual(claims("Yes, it's in stock and ships today.", one), [[
    "Stand Mixer",
    "in_stock",
  ]]);
  assert.deepEqual(claims("It isn't available right now.", one), []);
});

Deno.test("stock of a product nobody looked up this turn is a guess either way", () => {
  assert.deepEqual(claims("The Milk Frother is in stock too."), [["Milk Frother", "in_stock"]]);
  assert.deepEqual(claims("The milk frother is sold out."), [["Milk Frother", "sold_out"]]);
  // A price of a product in their order is an order fact, grounded elsewhere.
  assert.deepEqual(claims("The Milk Frother cost 29.00 USD on your order."), []);
});

Deno.test("suppositions and general advice claim nothing", () => {
  const none: KnownProducts = { looked: [], named: [] };
  assert.deepEqual(claims("Each product page shows whether it's in stock right now.", none), []);
  assert.deepEqual(
    claims('When the Stand Mixer is back in stock, "Notify me" emails you.', known),
    [],
  );
  assert.deepEqual(claims("If the Espresso Machine is sold out, choose Notify me."), []);
});

Deno.test("an item of their order beside 'available' is no stock claim; only stock words are", () => {
  assert.deepEqual(
    claims(
      "Order ORD-1002 (Espresso Machine and Milk Frother) qualifies; a prepaid label is available.",
      {
        looked: [],
        named: [],
        ordered: ["Espresso Machine", "Milk Frother"],
      },
    ),
    [],
  );
});

Deno.test("an item of their order said to be back in stock is a guess too", () => {
  assert.deepEqual(
    claims("The Milk Frother from your order is back in stock.", {
      looked: [],
      named: [],
      ordered: ["Milk Frother"],
    }),
    [["Milk Frother", "in_stock"]],
  );
});
