import assert from "node:assert/strict";
import { withoutIronicPraise } from "./ironic_reading.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const entities = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
};
function reading(
  intent: IntentEnrichment["intent"],
  requests: IntentEnrichment["requests"],
): IntentEnrichment {
  return { intent, confidence: 0.9, alternatives: [], entities, source: "classifier", requests };
}

Deno.test("praise said in irony beside trouble is dropped: the trouble is what is asked", () => {
  const text = "wow thanks a lot, my keyboard is late AGAIN. great service";
  const r = withoutIronicPraise(
    reading("feedback", [
      { intent: "feedback", confidence: 0.9, text: "great service", start: 45, end: 58 },
      { intent: "delivery_problem", confidence: 0.6, text: text.slice(0, 43), start: 0, end: 43 },
    ]),
    text,
  );
  assert.equal(r.intent, "delivery_problem");
  assert.deepEqual(r.requests?.map((q) => q.intent), ["delivery_problem"]);
});

Deno.test("praise in irony alone is thanks in irony; sincere praise stays feedback", () => {
  const ironic = "great service, very helpful NOT";
  assert.equal(withoutIronicPraise(reading("feedback", undefined), ironic).intent, "small_talk");
  const sincere = "great service, very helpful, thank you";
  assert.equal(withoutIronicPraise(reading("feedback", undefined), sincere).intent, "feedback");
});

Deno.test("'love how my keyboard is late' praises the trouble in irony: it is the trouble told", () => {
  const text = "love how my keyboard is late, really great job guys";
  assert.equal(
    withoutIronicPraise(reading("feedback", undefined), text).intent,
    "delivery_problem",
  );
});

Deno.test("praise in irony beside the trouble that leads is dropped from the requests", () => {
  const text = "perfect. just perfect. my keyboard still isn't here";
  const r = withoutIronicPraise(
    reading("delivery_problem", [
      { intent: "delivery_problem", confidence: 0.8, text: text.slice(23), start: 23, end: 51 },
      { intent: "feedback", confidence: 0.7, text: text.slice(0, 22), start: 0, end: 22 },
    ]),
    text,
  );
  assert.equal(r.intent, "delivery_problem");
  assert.deepEqual(r.requests?.map((q) => q.intent), ["delivery_problem"]);
});
