import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { awaitedGoods, goodsWhenComing } from "./awaited_goods.ts";

const asProduct = (): IntentEnrichment => ({
  intent: "product_question",
  confidence: 0.44,
  alternatives: [],
  source: "classifier",
  entities: {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products: [],
  },
} as unknown as IntentEnrichment);

Deno.test("goods awaited past when they were expected are a late parcel, not the product's question", () => {
  for (
    const t of [
      "ugh the keyboard should've come already",
      "the headphones should have arrived by now tbh",
      "my headphones were supposed to be here yesterday",
      "honestly my mechanical keyboard ought to have turned up already",
    ]
  ) assert.equal(awaitedGoods(asProduct(), t)?.intent, "delivery_problem", t);
  for (
    const t of [
      "the mixer should have come with a whisk",
      "my refund should have arrived by now",
      "should the keyboard be in stock by now?",
      "the headphones should have arrived, what colours do they come in?",
    ]
  ) assert.equal(awaitedGoods(asProduct(), t), null, t);
});

Deno.test("'what about the headphones, when do they come' asks its order's news, not the product's", () => {
  for (
    const text of [
      "what about the headphones, when do they come",
      "and my mixer, when will it arrive?",
      "when is the keyboard actually coming",
    ]
  ) assert.equal(goodsWhenComing(asProduct(), text)?.intent, "order_status", text);
  for (
    const text of [
      "when is the mixer back in stock?",
      "how much are the headphones, when do they ship?",
      "when do they come",
    ]
  ) assert.equal(goodsWhenComing(asProduct(), text), null, text);
});
