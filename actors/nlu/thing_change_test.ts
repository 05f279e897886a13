import assert from "node:assert/strict";
import { asThingChange } from "./thing_change.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const reading = (intent: IntentEnrichment["intent"], item: string | null): IntentEnrichment => ({
  intent,
  confidence: 0.47,
  alternatives: [],
  entities: {
    order_ids: [],
    tracking_numbers: [],
    emails: [],
    amounts: [],
    dates: [],
    quantities: [],
    products: [],
    item_refs: item ? [{ text: `the ${item}`, name: item, sku: null }] : [],
  },
  source: "classifier",
});

Deno.test("a change asked about 'that' beside a thing of theirs is that change", () => {
  const r = asThingChange(
    reading("policy_question", "monitor"),
    "and what about the monitor one, can i cancel that?",
  );
  assert.equal(r.intent, "cancel_order");
  assert.ok(r.confidence >= 0.8);
  assert.equal(
    asThingChange(reading("product_question", "frother"), "the frother, could i return it").intent,
    "return_item",
  );
});

Deno.test("a rule question, no thing named, or a condition stays as read", () => {
  const rule = "can i cancel that if it already shipped?";
  assert.equal(
    asThingChange(reading("policy_question", "monitor"), rule).intent,
    "policy_question",
  );
  assert.equal(
    asThingChange(reading("policy_question", null), "can i cancel that?").intent,
    "policy_question",
  );
  assert.equal(
    asThingChange(reading("complaint", "monitor"), "the monitor, can i cancel that?").intent,
    "complaint",
  );
});

Deno.test("'can u check the vacuum' checks on their vacuum; a check of its price does not", () => {
  assert.equal(
    asThingChange(reading("product_question", "vacuum"), "ok and can u check the vacuum").intent,
    "order_status",
  );
  assert.equal(
    asThingChange(reading("product_question", "vacuum"), "check the vacuum price pls").intent,
    "product_question",
  );
  assert.equal(
    asThingChange(reading("product_question", "vacuum"), "is the vacuum in stock").intent,
    "product_question",
  );
});

Deno.test("a check of something outside the store stays outside", () => {
  assert.equal(
    asThingChange(
      reading("other", "mobile data balance"),
      "I'd like to check my mobile data balance",
    )
      .intent,
    "other",
  );
});

Deno.test("'and the vacuum? I would prefer a replacement' asks to send their vacuum again", () => {
  assert.equal(
    asThingChange(
      reading("product_question", "vacuum"),
      "And the vacuum? I would prefer a replacement.",
    ).intent,
    "delivery_problem",
  );
  assert.equal(
    asThingChange(reading("product_question", "vacuum"), "does the vacuum come with a warranty")
      .intent,
    "product_question",
  );
});

Deno.test("replacement parts for sale stay a question about products", () => {
  for (
    const t of [
      "Do you sell replacement parts for the coffee grinder?",
      "do you sell replacement filters for the water jug",
    ]
  ) {
    assert.equal(
      asThingChange(reading("product_question", "grinder"), t).intent,
      "product_question",
    );
  }
  assert.equal(
    asThingChange(reading("product_question", "mixer"), "a replacement for the mixer please")
      .intent,
    "delivery_problem",
  );
});
