import assert from "node:assert/strict";
import { asksAmountBack } from "./get_back_asked.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const reading = (goods: boolean) =>
  ({
    intent: "product_question",
    confidence: 0.5,
    alternatives: [],
    source: "model",
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
      item_refs: goods ? [{ text: "the frother", name: "frother", sku: null }] : [],
    },
  }) as unknown as IntentEnrichment;

Deno.test("'how much would I get back for the frother' asks that line's refund", () => {
  for (
    const t of [
      "how much would I get back for the frother?",
      "how much money would i get back on the milk frother",
      "what would i get back for the frother",
    ]
  ) {
    assert.ok(asksAmountBack(reading(true), t), t);
  }
});

Deno.test("sending it back said, or no goods named, is not this question", () => {
  assert.ok(!asksAmountBack(reading(true), "how much do i get back if i return the frother"));
  assert.ok(!asksAmountBack(reading(false), "how much would i get back"));
  assert.ok(!asksAmountBack(reading(true), "how much is the frother"));
});
