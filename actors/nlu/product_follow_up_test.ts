import assert from "node:assert/strict";
import { productFollowUp } from "./product_follow_up.ts";
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

function reading(
  intent: Intent,
  extra: Partial<IntentEnrichment["entities"]> = {},
): IntentEnrichment {
  return {
    intent,
    confidence: 0.8,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
      ...extra,
    },
    source: "classifier",
  };
}

const CATALOGUE = [{ sku: "OUT-102", name: "Insulated Water Bottle" }];
const about = (text: string, r = reading("order_status"), topic = "product_question") =>
  productFollowUp({ text, reading: r, topic, looked: ["OUT-102"], catalogue: CATALOGUE });

Deno.test("'how much is it' right after a product's answer asks about that product", () => {
  for (
    const text of [
      "how much is it",
      "ok and how much is it?",
      "price?",
      "any good?",
      "is it in stock",
    ]
  ) {
    const r = about(text);
    assert.equal(r?.intent, "product_question", text);
    assert.deepEqual(
      r?.entities.products,
      [{ sku: "OUT-102", name: "Insulated Water Bottle" }],
      text,
    );
    assert.equal(r?.source, "conversation", text);
  }
});

Deno.test("their own order, another product or another topic is not the product's question", () => {
  // Their order of it: the order-status readers have it.
  assert.equal(about("how much was my order"), null);
  assert.equal(about("how much did i pay for mine"), null);
  // Named something else.
  assert.equal(
    about(
      "how much is it",
      reading("product_question", { products: [{ sku: "X-1", name: "Mug" }] }),
    ),
    null,
  );
  assert.equal(about("how much is it", reading("order_status", { order_ids: ["ORD-1003"] })), null);
  // After an answer about an order, "how much is it" is that order's total.
  assert.equal(about("how much is it", reading("order_status"), "order_status"), null);
  // A whole new question.
  assert.equal(about("how much is shipping to canada for a parcel this size"), null);
});
