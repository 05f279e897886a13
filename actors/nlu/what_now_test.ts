import assert from "node:assert/strict";
import { whatNowWith } from "./what_now.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

const ENTITIES = {
  order_ids: [],
  tracking_numbers: [],
  emails: [],
  amounts: [],
  dates: [],
  quantities: [],
  products: [],
};

function reading(intent: IntentEnrichment["intent"], confidence = 0.55): IntentEnrichment {
  return {
    intent,
    confidence,
    alternatives: [],
    entities: { ...ENTITIES, order_refs: [{ text: "3001", id: "ORD-3001", form: "bare" }] },
    source: "classifier",
  };
}

Deno.test("'what now' with an order named asks where the order stands", () => {
  for (
    const text of [
      "so what now with 3001",
      "ok what happens next with ORD-3001?",
      "whats the next step for order 3001",
      "now what, #3001",
    ]
  ) {
    const out = whatNowWith(reading("other"), text);
    assert.equal(out?.intent, "order_status", text);
    assert.equal(out?.requests?.[0].intent, "order_status", text);
  }
  assert.equal(
    whatNowWith(reading("order_status", 0.36), "what happens next with 3001")?.intent,
    "order_status",
  );
});

Deno.test("'what now' without an order, with more asked, or read surely is left alone", () => {
  const none = { ...reading("other"), entities: ENTITIES };
  assert.equal(whatNowWith(none, "so what now"), null);
  assert.equal(whatNowWith(reading("other"), "what now with 3001, can you refund it"), null);
  assert.equal(whatNowWith(reading("order_status", 0.8), "what now with 3001"), null);
  assert.equal(whatNowWith(reading("cancel_order"), "what now with 3001"), null);
});
