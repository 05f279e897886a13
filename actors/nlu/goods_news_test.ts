import assert from "node:assert/strict";
import type { Intent, IntentEnrichment, IntentRequest } from "../../shared/protocol.ts";
import { goodsNews } from "./goods_news.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";

const VACUUM = [{ text: "the vacuum", name: "vacuum", sku: "HOM-108" }];
function reading(intent: Intent, requests?: IntentRequest[]): IntentEnrichment {
  const base = intentOf(intent, "", { confidence: 0.55, source: "classifier" });
  return {
    ...base,
    entities: { ...base.entities, item_refs: VACUUM },
    ...(requests ? { requests } : {}),
  };
}
const part = (intent: Intent, text: string): IntentRequest => ({
  intent,
  confidence: 0.5,
  text,
  start: 0,
  end: text.length,
});

Deno.test("news of goods asked under a product reading is the order's status", () => {
  for (
    const text of [
      "and the vacuum, any news?",
      "any updates about my vacuum",
      "has the vacuum shipped",
      "is the vacuum still stuck in memphis",
    ]
  ) {
    assert.equal(goodsNews(reading("product_question"), text)?.intent, "order_status", text);
  }
});

Deno.test("a product's own questions, other readings and no goods named stay", () => {
  assert.equal(goodsNews(reading("product_question"), "is the vacuum still in stock"), null);
  assert.equal(goodsNews(reading("product_question"), "how much is the vacuum now"), null);
  assert.equal(goodsNews(reading("product_question"), "tell me about the vacuum"), null);
  assert.equal(goodsNews(reading("refund_status"), "any news on the vacuum refund"), null);
  const none = {
    ...reading("product_question"),
    entities: { ...reading("other").entities, item_refs: [] },
  };
  assert.equal(goodsNews(none, "any news?"), null);
});

Deno.test("a product request beside one about the parcel is dropped, alone it is the status", () => {
  const text = "ok thanks. and is the vacuum still stuck in memphis";
  const both = reading("delivery_problem", [
    part("delivery_problem", text),
    part("product_question", "is the vacuum still stuck in memphis"),
  ]);
  const read = goodsNews(both, text);
  assert.equal(read?.intent, "delivery_problem");
  assert.deepEqual(read?.requests?.map((r) => r.intent), ["delivery_problem"]);
  const alone = goodsNews(
    reading("small_talk", [
      part("small_talk", "cool"),
      part("product_question", "the vacuum, any news?"),
    ]),
    "cool. the vacuum, any news?",
  );
  assert.deepEqual(alone?.requests?.map((r) => r.intent), ["small_talk", "order_status"]);
});
