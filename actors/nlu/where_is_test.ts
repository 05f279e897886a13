import assert from "node:assert/strict";
import { whereIsMyGoods } from "./where_is.ts";
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { asksForReplacement } from "../../domain/intents.ts";
import { entitiesIn, intentOf } from "../../tests/fixtures/turns.ts";

function reading(intent: Intent, item: string | null): IntentEnrichment {
  return {
    intent,
    confidence: 0.36,
    alternatives: [],
    entities: {
      order_ids: [],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
      item_refs: item ? [{ text: `my ${item}`, name: item, sku: null }] : [],
    },
    source: "classifier",
  };
}

Deno.test("'wheres my vacuum cleaner' asks where the order is", () => {
  for (
    const t of ["wheres my vacuum cleaner", "where is my vacum cleaner", "hey where are my shoes"]
  ) {
    const item = t.split(" my ")[1];
    assert.equal(whereIsMyGoods(reading("feedback", item), t)?.intent, "order_status", t);
  }
});

Deno.test("money, places, longer questions and readings already placed stay", () => {
  assert.equal(whereIsMyGoods(reading("other", "card"), "where is my card"), null);
  assert.equal(whereIsMyGoods(reading("other", "atm"), "where is the nearest atm"), null);
  assert.equal(whereIsMyGoods(reading("other", null), "where is my mind"), null, "no goods named");
  assert.equal(
    whereIsMyGoods(reading("refund_status", "refund"), "where is my refund"),
    null,
  );
});

Deno.test("a replacement asked with the words misspelt is still one", () => {
  assert.ok(asksForReplacement("can u send anothr one"));
  assert.ok(asksForReplacement("i want a replacment"));
  assert.ok(!asksForReplacement("can u send the invoice"));
});

Deno.test("an unsure 'whr is ORD 2001' with a grumble after it asks where that order is", () => {
  const text = "yo whr is ORD 2001 its been like 2 wks smh";
  // The entity reader takes "ORD 2001" for ORD-2001.
  const entities = entitiesIn(text, { order_ids: ["ORD-2001"] });
  const unsure = intentOf("delivery_problem", text, { confidence: 0.18, entities });
  const read = whereIsMyGoods(unsure, text);
  assert.equal(read?.intent, "order_status");
  // Sure readings, and messages that do not open by asking where, are left alone.
  assert.equal(whereIsMyGoods({ ...unsure, confidence: 0.8 }, text), null);
  const late = "ORD 2001 its been like 2 wks, where is it";
  const lateReading = intentOf("delivery_problem", late, { confidence: 0.2, entities });
  assert.equal(whereIsMyGoods(lateReading, late), null);
});

Deno.test("'wheres the vacuum anyway' read as a product question, or a status too weak, is the status", () => {
  for (
    const t of [
      "wheres the vacuum anyway",
      "so where's the vacuum now",
      "where the hell is my vacuum",
    ]
  ) {
    assert.equal(
      whereIsMyGoods(reading("product_question", "vacuum"), t)?.intent,
      "order_status",
      t,
    );
    assert.equal(whereIsMyGoods(reading("order_status", "vacuum"), t)?.intent, "order_status", t);
  }
  assert.equal(
    whereIsMyGoods(reading("product_question", "vacuum"), "where is the vacuum made"),
    null,
  );
  assert.equal(
    whereIsMyGoods(
      reading("place_order", "checkout button"),
      "where's the checkout button on mobile?",
    ),
    null,
  );
});

Deno.test("'where are the bottles' read as a product question asks where the order is", () => {
  const t = "where are the bottles";
  assert.equal(whereIsMyGoods(reading("product_question", "bottles"), t)?.intent, "order_status");
  // Where a product is in the catalogue is no order's whereabouts.
  const shop = "where is the frother in your catalogue";
  assert.equal(whereIsMyGoods(reading("product_question", "frother"), shop), null);
});

Deno.test("swearing at the situation before 'where are my headphones' still asks where they are", () => {
  for (
    const t of [
      "fuck this, where are my headphones",
      "ugh. where's my headphones",
      "ffs where are my headphones",
    ]
  ) {
    assert.equal(whereIsMyGoods(reading("other", "headphones"), t)?.intent, "order_status", t);
  }
});
