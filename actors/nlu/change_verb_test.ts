import assert from "node:assert/strict";
import { changeOfNamedOrder } from "./change_verb.ts";
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

function reading(intent: Intent, patch: Partial<IntentEnrichment> = {}): IntentEnrichment {
  return {
    intent,
    confidence: 0.58,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
    source: "classifier",
    ...patch,
  };
}

Deno.test("a change's verb before products of an order named reads as that change", () => {
  const text = "cancle the water bottles from 1003, keep the shoes";
  const r = changeOfNamedOrder(
    reading("product_question", { read_as: "cancel the water bottles from 1003, keep the shoes" }),
    text,
  );
  assert.equal(r?.intent, "cancel_order");
  assert.deepEqual(r?.entities.order_refs?.map((x) => x.id), ["ORD-1003"]);
  assert.equal(
    changeOfNamedOrder(reading("place_order"), "return the kettle on order 2002")?.intent,
    "return_item",
  );
});

Deno.test("a product question without an order, or without a change's verb, stays", () => {
  assert.equal(changeOfNamedOrder(reading("product_question"), "cancel the water bottles"), null);
  assert.equal(
    changeOfNamedOrder(reading("product_question"), "are water bottles from 2019 still sold"),
    null,
  );
  assert.equal(
    changeOfNamedOrder(reading("cancel_order"), "cancel the bottles from 1003"),
    null,
    "already a change",
  );
});
