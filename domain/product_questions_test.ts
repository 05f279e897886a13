/**
 * What a question about a product asks (stock, price, warranty, rating), when a message asks
 * about a product at all, and which of the products we listed a short reply picks.
 */
import assert from "node:assert/strict";
import { asksAboutProduct, placeChoice, priceChoice, productAspects } from "./product_questions.ts";

Deno.test("a product question is read for what it asks, in shoppers' words", () => {
  assert.deepEqual(productAspects("got any of the burr grinders left?"), ["stock"]);
  assert.deepEqual(productAspects("when is the webcam coming back"), ["stock"]);
  assert.deepEqual(productAspects("how much r the stand mixers"), ["price"]);
  assert.deepEqual(productAspects("is the skillet guaranteed for long"), ["warranty"]);
  assert.deepEqual(productAspects("is the air fryer any good, what are the reviews"), ["rating"]);
  assert.deepEqual(productAspects("price and warranty of the kettle?"), ["price", "warranty"]);
  assert.deepEqual(productAspects("tell me about the kettle"), []);
});

Deno.test("a product named under an order request is about the order, not the catalogue", () => {
  assert.ok(asksAboutProduct(["product_question"], "the kettle"));
  assert.ok(asksAboutProduct(["policy_question"], "warranty on the kettle?"));
  assert.ok(asksAboutProduct(["place_order"], "can i get the kettle"));
  assert.ok(
    asksAboutProduct(["order_status", "product_question"], "where's 1001, is the kettle in stock"),
  );
  assert.ok(!asksAboutProduct(["order_status"], "is my kettle in stock yet at your warehouse"));
  assert.ok(!asksAboutProduct(["policy_question"], "what is your returns policy"));
  assert.ok(!asksAboutProduct(["small_talk"], "thanks for the kettle"));
});

Deno.test("a short reply picks from our list by place or by price; a longer message picks nothing", () => {
  assert.equal(placeChoice("the second one", 3), 1);
  assert.equal(placeChoice("2nd pls", 3), 1);
  assert.equal(placeChoice("the last one", 3), 2);
  assert.equal(placeChoice("first", 2), 0);
  assert.equal(placeChoice("the third one", 2), null);
  assert.equal(placeChoice("the second one", 1), null);
  assert.equal(placeChoice("how much is the cheapest one?", 3), null);
  assert.equal(priceChoice("how much is the cheapest one?"), "cheapest");
  assert.equal(priceChoice("the pricier ones"), "dearest");
  assert.equal(
    placeChoice("my first order was lost and I want to know what you will do about it now", 3),
    null,
  );
  assert.equal(priceChoice("hello"), null);
});
