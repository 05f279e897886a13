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

Deno.test("'does that take longer?' of a way paid, after a refund's news, is the refund's status", () => {
  const topic = { topic: "refund_status" as const };
  for (
    const text of [
      "It was a bank transfer, does that take longer?",
      "i paid by bank transfer tho, is that slower?",
      "does paypal take longer?",
    ]
  ) assert.equal(asPaidBy(reading("other"), text, topic).intent, "refund_status", text);
  // With no refund talked of, the same words stay as read; paying asked stays paying.
  assert.equal(
    asPaidBy(reading("payment_methods"), "does paypal take longer?").intent,
    "payment_methods",
  );
  assert.equal(
    asPaidBy(reading("payment_methods"), "how do i pay by bank transfer, is it slower?", topic)
      .intent,
    "payment_methods",
  );
});
