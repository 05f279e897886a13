import assert from "node:assert/strict";
import { asExpediteAsked, asksToSpeedUp } from "./expedite_asked.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { entitiesIn } from "../../tests/fixtures/turns.ts";

function reading(text: string, intent: IntentEnrichment["intent"], confidence: number) {
  return {
    intent,
    confidence,
    alternatives: [],
    entities: entitiesIn(text),
    requests: [{ intent, confidence, text, start: 0, end: text.length }],
    source: "classifier",
  } as unknown as IntentEnrichment;
}

Deno.test("an ask to speed an order up is a shipping request, whatever state it describes", () => {
  for (
    const text of [
      "can you expedite my order that's in transit",
      "please rush the one that's on its way",
      "could you speed my parcel up",
      "I need you to upgrade the shipping on the order that shipped",
      "expedite my order please",
    ]
  ) {
    assert.ok(asksToSpeedUp(text), text);
    const r = asExpediteAsked(reading(text, "order_status", 0.4), text);
    assert.equal(r.intent, "shipping_options", text);
    assert.equal(r.requests?.[0].intent, "shipping_options");
    assert.equal(r.alternatives[0]?.intent, "order_status", "the classifier's reading is kept");
  }
});

Deno.test("a question about an order sped up already, or a sure reading, is left alone", () => {
  for (
    const text of [
      "when will my expedited order arrive?",
      "was my order rushed?",
      "where is my order",
    ]
  ) {
    assert.ok(!asksToSpeedUp(text), text);
  }
  const sure = reading("can you expedite my order that's in transit", "order_status", 0.9);
  assert.equal(asExpediteAsked(sure, sure.requests![0].text), sure);
  // Out of scope and about no order of ours: another business's errand.
  const errand = reading("can you rush my passport application", "other", 0.4);
  assert.equal(asExpediteAsked(errand, "can you rush my passport application"), errand);
  const transfer = reading("can I speed up my transfer please", "other", 0.4);
  assert.equal(asExpediteAsked(transfer, "can I speed up my transfer please"), transfer);
  // About an order, it is the ask.
  const ours = reading("pls rush my order", "other", 0.4);
  assert.equal(asExpediteAsked(ours, "pls rush my order").intent, "shipping_options");
});

Deno.test("a day the goods are needed by is a shipping request, weighed against the order's estimate", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  for (
    const [text, intent] of [
      ["i need my shoes by thursday", "other"],
      ["I need the headphones by friday, its a gift. can you make that happen?", "modify_order"],
    ] as const
  ) {
    const r = asExpediteAsked(reading(text, intent, 0.9), text, now);
    assert.equal(r.intent, "shipping_options", text);
    assert.equal(r.requests?.length, 1, text);
  }
  // Asked, not needed: where the order stands, weighed against the day by the reply.
  for (
    const text of ["will my vacuum arrive by friday?", "i need to know if it will come by friday"]
  ) {
    assert.equal(
      asExpediteAsked(reading(text, "other", 0.9), text, now).intent,
      "order_status",
      text,
    );
  }
  // Without a clock, or with a problem told beside the day, the reading stands.
  const text = "i need my shoes by thursday";
  assert.equal(asExpediteAsked(reading(text, "other", 0.9), text).intent, "other");
  const late = "my keyboard is late and i need it by friday";
  assert.equal(
    asExpediteAsked(reading(late, "delivery_problem", 0.9), late, now).intent,
    "delivery_problem",
  );
});

Deno.test("a delivery day asked for is a shipping request, not an address change", () => {
  const day = asExpediteAsked(
    reading("pls deliver on friday instead", "change_address", 0.64),
    "pls deliver on friday instead",
  );
  assert.equal(day.intent, "shipping_options");
  assert.ok(day.confidence >= 0.8);
  const unsure = asExpediteAsked(
    reading("can you change the delivery date of 1001", "shipping_options", 0.27),
    "can you change the delivery date of 1001",
  );
  assert.ok(unsure.confidence >= 0.8, "sure enough to answer, not to ask what was meant");
  // An address given is the address change it reads as.
  const text = "deliver on monday to 5 Elm Road, Leeds LS1 4AP";
  assert.equal(
    asExpediteAsked(reading(text, "change_address", 0.7), text).intent,
    "change_address",
  );
});
