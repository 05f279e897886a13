import assert from "node:assert/strict";
import { asPaidBy } from "./paid_by.ts";
import type { IntentEnrichment } from "../../shared/protocol.ts";

function reading(intent: IntentEnrichment["intent"]): IntentEnrichment {
  return {
    intent,
    confidence: 0.6,
    alternatives: [],
    entities: { order_ids: [], products: [], emails: [], dates: [], money: [], quantities: [] },
    source: "classifier",
  } as unknown as IntentEnrichment;
}

Deno.test("'I paid by bank transfer' read as the ways to pay is a payment issue", () => {
  assert.equal(asPaidBy(reading("other"), "I paid by bank transfer").intent, "payment_issue");
  assert.equal(
    asPaidBy(reading("payment_methods"), "paid with paypal 3 days ago").intent,
    "payment_issue",
  );
});

Deno.test("a question about a way to pay keeps its reading", () => {
  assert.equal(
    asPaidBy(reading("payment_methods"), "can i pay by bank transfer?").intent,
    "payment_methods",
  );
  assert.equal(
    asPaidBy(reading("refund_request"), "I paid by card, refund it").intent,
    "refund_request",
  );
});
