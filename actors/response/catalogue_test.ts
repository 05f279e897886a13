/**
 * Product answers from the store's record the context fetched: in stock or sold out ("Notify
 * me"), a count only as the store gave it, price, warranty and rating when asked; several
 * that fit named and asked about; no lookup, or a failed one, leaves the FAQ's answer. Every
 * reply passes the guardrail.
 */
import assert from "node:assert/strict";
import { responseActor } from "../response.ts";
import { checkReply } from "../guardrail.ts";
import type {
  CatalogueLookup,
  ContextEnrichment,
  Intent,
  ProductView,
} from "../../shared/protocol.ts";
import {
  castContext,
  fixtureCtx,
  guestContext,
  intentOf,
  turnWith,
} from "../../tests/fixtures/turns.ts";

const product = (patch: Partial<ProductView> = {}): ProductView => ({
  sku: "KIT-101",
  name: "Espresso Machine",
  category: "Kitchen",
  price: 399,
  currency: "USD",
  stock: 42,
  in_stock: true,
  rating: 4.6,
  warranty_months: 24,
  ...patch,
});

const lookup = (
  products: ProductView[],
  kind: CatalogueLookup["lookup"] = products.length > 1 ? "several" : "found",
): CatalogueLookup => ({ lookup: kind, query: "espresso machine", products });

async function answer(
  text: string,
  catalogue: CatalogueLookup | null,
  o: { intent?: Intent; context?: ContextEnrichment } = {},
) {
  const context = { ...(o.context ?? guestContext()), catalogue };
  const msg = turnWith({ text, intent: intentOf(o.intent ?? "product_question", text), context });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  msg.payload.response = r.enrichment!;
  const g = checkReply(msg, fixtureCtx().now()).enrichment!;
  return { text: r.enrichment!.text, template: r.enrichment!.template, guardrail: g };
}

Deno.test("in stock: said so with its price, never a count the store did not give", async () => {
  const r = await answer("is the espresso machine in stock", lookup([product()]));
  assert.match(r.text, /Espresso Machine is in stock/);
  assert.match(r.text, /399\.00 USD/);
  assert.doesNotMatch(r.text, /\b42\b|only|left/);
  assert.equal(r.template, "product_in_stock");
  assert.equal(r.guardrail.verdict, "pass");
});

Deno.test("low stock: the store's own count; sold out: 'Notify me' and no restock promise", async () => {
  const low = await answer("do u have the espresso machine", lookup([product({ stock: 3 })]));
  assert.match(low.text, /in stock, with only 3 left/);
  assert.equal(low.guardrail.verdict, "pass");
  const out = await answer(
    "is the 4k monitor available?",
    lookup([
      product({
        name: "27-inch 4K Monitor",
        sku: "CMP-103",
        price: 329,
        stock: 0,
        in_stock: false,
      }),
    ]),
  );
  assert.match(out.text, /27-inch 4K Monitor is sold out at the moment/);
  assert.match(out.text, /"Notify me"/);
  assert.match(out.text, /can't reserve one or promise a restock date/);
  assert.doesNotMatch(out.text, /is in stock/);
  assert.equal(out.template, "product_sold_out");
  assert.equal(out.guardrail.verdict, "pass");
});

Deno.test("price, warranty and rating are answered when asked, the asked one first", async () => {
  const price = await answer(
    "how much is the stand mixer",
    lookup([product({ name: "Stand Mixer", price: 349, warranty_months: 36 })]),
  );
  assert.match(price.text, /The Stand Mixer costs 349\.00 USD\. It is in stock\./);
  const warranty = await answer(
    "whats the warranty on the mechanical keyboard",
    lookup([product({ name: "Mechanical Keyboard", price: 109, warranty_months: 24 })]),
    { intent: "policy_question" },
  );
  assert.match(
    warranty.text,
    /The Mechanical Keyboard comes with a 24-month \(2 years\) warranty/,
  );
  // Asked as a policy ("is mine still under warranty?"): the warranty alone, no sales pitch,
  // and no "Notify me" for a sold-out one either.
  assert.doesNotMatch(warranty.text, /in stock|109\.00/);
  const soldOutWarranty = await answer(
    "is my mixer still under warranty",
    lookup([product({ name: "Stand Mixer", stock: 0, in_stock: false, warranty_months: 36 })]),
    { intent: "policy_question" },
  );
  assert.match(soldOutWarranty.text, /Stand Mixer comes with a 36-month \(3 years\) warranty/);
  assert.doesNotMatch(soldOutWarranty.text, /Notify me|sold out/);
  assert.equal(soldOutWarranty.template, "product_info");
  const rating = await answer("is the espresso machine any good? reviews?", lookup([product()]));
  assert.match(rating.text, /Customers rate the Espresso Machine 4\.6 out of 5/);
  for (const r of [price, warranty, rating]) assert.equal(r.guardrail.verdict, "pass", r.text);
});

Deno.test("a plural name reads as one: 'the Trail Running Shoes are', 'they cost'", async () => {
  const r = await answer(
    "are the trail running shoes in stock",
    lookup([product({ name: "Trail Running Shoes", price: 124 })]),
  );
  assert.match(r.text, /Trail Running Shoes are in stock/);
  assert.match(r.text, /They cost 124\.00 USD/);
});

Deno.test("several products fit: up to three are named with price and stock, and the reply asks which", async () => {
  const r = await answer(
    "headphones in stock?",
    lookup([
      product({ name: "Noise-Cancelling Headphones", price: 249 }),
      product({ name: "Studio Monitor Headphones", price: 159, stock: 0, in_stock: false }),
      product({ name: "Kids Volume-Limited Headphones", price: 29.99 }),
    ]),
  );
  assert.match(
    r.text,
    /the Noise-Cancelling Headphones \(249\.00 USD, in stock\), the Studio Monitor Headphones \(159\.00 USD, sold out\) and the Kids Volume-Limited Headphones \(29\.99 USD, in stock\)/,
  );
  assert.match(r.text, /Which (one do you mean|of these are you after)\?/);
  assert.equal(r.guardrail.verdict, "pass");
});

Deno.test("no product fits, or the store could not be asked: the FAQ's stock answer as before", async () => {
  for (const c of [lookup([], "none"), lookup([], "unavailable"), null]) {
    const r = await answer("do you have blue ceramic mugs in stock", c);
    assert.equal(r.template, "faq_stock", c?.lookup ?? "no lookup");
    assert.match(r.text, /Each product page shows whether it's in stock/);
  }
});

Deno.test("a signed-in customer with a late parcel asking about stock is not consoled about the parcel", async () => {
  const r = await answer(
    "is the keyboard in stock",
    lookup([product({ name: "Mechanical Keyboard", price: 109 })]),
    {
      context: castContext("mike", { order: "ORD-2001" }),
    },
  );
  assert.doesNotMatch(r.text, /sorry|trouble/i);
  assert.match(r.text, /Mechanical Keyboard is in stock/);
});

Deno.test("an order question keeps its own reply even when products were looked up", async () => {
  const r = await answer("where is my order", lookup([product()]), {
    intent: "order_status",
    context: castContext("sarah", { order: "ORD-1001" }),
  });
  assert.doesNotMatch(r.text, /Espresso Machine is in stock/);
  assert.match(r.text, /ORD-1001/);
});

Deno.test("a detail the store's record does not hold is not guessed: the product page, or a colleague", async () => {
  const r = await answer(
    "is the chefs knife dishwasher safe",
    lookup([product({ name: "Chef's Knife 8-inch", price: 69, warranty_months: 60 })]),
  );
  assert.match(
    r.text,
    /I don't have details like that here: the product page of the Chef's Knife 8-inch lists its full specifications/,
  );
  assert.doesNotMatch(r.text, /dishwasher safe\b(?!\?)/i);
  assert.equal(r.guardrail.verdict, "pass");
  const plain = await answer("is the espresso machine in stock", lookup([product()]));
  assert.doesNotMatch(plain.text, /details like that/);
});

Deno.test("a guest asking about an order and a product: sign in for the order, the product answered", async () => {
  const text = "where is my order and is the stand mixer in stock?";
  const cut = text.indexOf(" and ");
  const intent = intentOf("order_status", text, {
    requests: [
      { intent: "order_status", confidence: 0.9, text: text.slice(0, cut), start: 0, end: cut },
      {
        intent: "product_question",
        confidence: 0.9,
        text: text.slice(cut + 5),
        start: cut + 5,
        end: text.length,
      },
    ],
  });
  const context = {
    ...guestContext(),
    catalogue: lookup([product({ name: "Stand Mixer", price: 349 })]),
  };
  const msg = turnWith({ text, intent, context });
  const r = await responseActor.process(msg, { llm: null, llmTimeoutMs: 4_000 }, fixtureCtx());
  assert.match(r.enrichment!.text, /sign in/);
  assert.match(r.enrichment!.text, /Stand Mixer is in stock/);
  assert.doesNotMatch(r.enrichment!.text, /I don't see any orders/);
});

Deno.test("several products fit and one thing is asked: it is answered for each, not the list again", async () => {
  const three = lookup([
    product({ sku: "AUD-102", name: "Noise-Cancelling Headphones", price: 249 }),
    product({ sku: "AUD-104", name: "Studio Monitor Headphones", price: 159 }),
    product({
      sku: "AUD-107",
      name: "Kids Volume-Limited Headphones",
      price: 29.99,
      warranty_months: 6,
    }),
  ]);
  const prices = await answer("how much are they", three);
  assert.match(prices.text, /Studio Monitor Headphones cost 159\.00 USD/);
  assert.match(prices.text, /Kids Volume-Limited Headphones cost 29\.99 USD/);
  assert.doesNotMatch(prices.text, /A few of our products fit/);
  assert.equal(prices.guardrail.verdict, "pass");
  const warranty = await answer("and whats the warranty on them", three);
  assert.match(warranty.text, /Kids Volume-Limited Headphones come with a 6-month warranty/);
  assert.equal(warranty.guardrail.verdict, "pass");
  // "Do you have …?" is answered by the list itself; a colour is not guessed.
  const white = await answer("do you have headphones in white?", three);
  assert.match(white.text, /A few of our products fit/);
  assert.match(white.text, /product's page/);
});

Deno.test("asked to place the order for them: the chat can't, said before how to buy it", async () => {
  const mixer = lookup([product({ sku: "KIT-102", name: "Stand Mixer", price: 349 })]);
  const r = await answer("could you place an order for me? 2 more of the stand mixers", mixer, {
    intent: "place_order",
  });
  assert.match(r.text, /can't place an order for you from this chat/);
  assert.match(r.text, /Stand Mixer is in stock[\s\S]*Add it to your cart/);
  assert.equal(r.guardrail.verdict, "pass");
  const plain = await answer("how do i buy the stand mixer", mixer, { intent: "place_order" });
  assert.doesNotMatch(plain.text, /can't place an order/);
});

Deno.test("a rule or an FAQ question beside a product looked up is answered as itself", async () => {
  const two = lookup([product(), product({ sku: "KIT-110", name: "Milk Frother", price: 29 })]);
  const rule = await answer("whats your return policy on espresso machines", two, {
    intent: "policy_question",
  });
  assert.doesNotMatch(rule.text, /Which one do you mean|Which of these/);
  assert.match(rule.text, /30 days/);
  const code = await answer("is there a discount code for first orders?", two, {
    intent: "place_order",
  });
  assert.doesNotMatch(code.text, /399\.00 USD|Which one do you mean|Which of these/);
  // A product's own aspect asked is still the catalogue's.
  const warranty = await answer("whats the warranty on the espresso machine", lookup([product()]), {
    intent: "policy_question",
  });
  assert.match(warranty.text, /Espresso Machine/);
});

Deno.test("a bigger one asked of a sold-out product: the sizes not in our records, and no word the guardrail reads as in stock", async () => {
  const out = await answer(
    "do you have a bigger monitor?",
    lookup([
      product({
        name: "27-inch 4K Monitor",
        sku: "CMP-103",
        price: 329,
        stock: 0,
        in_stock: false,
      }),
    ]),
  );
  assert.match(out.text, /can't see the sizes of the 27-inch 4K Monitor/);
  assert.match(out.text, /sold out at the moment/);
  // "Which are available" was read as a claim of stock: blocked, handed to a person.
  assert.doesNotMatch(out.text, /available/);
  assert.equal(out.guardrail.verdict, "pass");
});

Deno.test("'can you order another espresso machine for me?' is said first the chat can't, with no 'Yes —'", async () => {
  const r = await answer(
    "can you order another espresso machine for me? same as last time",
    lookup([product()]),
    {
      intent: "place_order",
    },
  );
  assert.match(r.text, /^(?:Hi[^.]*\. )?I can't place an order for you from this chat/);
  assert.doesNotMatch(r.text, /Yes —/);
  assert.match(r.text, /Checkout/);
  assert.equal(r.guardrail.verdict, "pass");
});
