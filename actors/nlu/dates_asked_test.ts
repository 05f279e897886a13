import assert from "node:assert/strict";
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { datesAskedReading } from "./dates_asked.ts";

const read = (intent: IntentEnrichment["intent"]): IntentEnrichment =>
  ({
    intent,
    confidence: 0.6,
    source: "classifier",
    alternatives: [],
    entities: { order_ids: [] },
  }) as unknown as IntentEnrichment;

Deno.test("a question of an order's dates is read as its status (the days left to return: the return)", () => {
  assert.equal(
    datesAskedReading(read("place_order"), "what day did i order the espresso machine")?.intent,
    "order_status",
  );
  assert.equal(
    datesAskedReading(
      read("product_question"),
      "how many days do i have left to return the frother?",
    )
      ?.intent,
    "return_item",
  );
  assert.equal(datesAskedReading(read("order_status"), "when did i order it"), null);
});

Deno.test("a return asked for with the days since the goods came is the return", () => {
  assert.equal(
    datesAskedReading(
      read("delivery_problem"),
      "can I still return the espresso machine, I got it 25 days ago?",
    )?.intent,
    "return_item",
  );
  assert.equal(datesAskedReading(read("delivery_problem"), "I got it 25 days ago, broken"), null);
});

Deno.test("waiting weeks for the goods is no refund asked after", () => {
  assert.equal(
    datesAskedReading(
      read("refund_status"),
      "been waiting 2 weeks for my headphones, what is going on",
    )
      ?.intent,
    "order_status",
  );
  assert.equal(
    datesAskedReading(read("refund_status"), "been waiting 2 weeks for my refund"),
    null,
  );
});

Deno.test("the days left to return goods of theirs is the return; of 'something', the rule", () => {
  assert.equal(
    datesAskedReading(
      read("policy_question"),
      "how many days do i have left to return the frother?",
    )
      ?.intent,
    "return_item",
  );
  assert.equal(
    datesAskedReading(read("policy_question"), "How many days do I have to send something back?"),
    null,
  );
});
