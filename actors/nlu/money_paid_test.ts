import assert from "node:assert/strict";
import { withoutRefundWhenPaid } from "./money_paid.ts";
import { moneyIsPayment } from "../../domain/money_paid.ts";
import type { IntentEnrichment, IntentRequest } from "../../shared/protocol.ts";

function reading(requests: IntentRequest[]): IntentEnrichment {
  return {
    intent: requests[0].intent,
    confidence: requests[0].confidence,
    alternatives: [],
    entities: {
      order_ids: ["ORD-2002"],
      tracking_numbers: [],
      emails: [],
      amounts: [],
      dates: [],
      quantities: [],
      products: [],
    },
    source: "classifier",
    requests,
  };
}

Deno.test("money asked after by a customer who says they paid is the payment, not a refund", () => {
  const text = "WHERE IS MY MONEY. I PAID FOR ORD-2002 AND YOU SAY ITS NOT PAID";
  assert.equal(moneyIsPayment(text), true);
  const r = withoutRefundWhenPaid(
    reading([
      { intent: "payment_issue", confidence: 0.7, text: "I PAID FOR ORD-2002", start: 19, end: 38 },
      { intent: "refund_status", confidence: 0.8, text: "WHERE IS MY MONEY", start: 0, end: 17 },
    ]),
    text,
  );
  assert.deepEqual(r.requests?.map((x) => x.intent), ["payment_issue"]);
});

Deno.test("a refund spoken of keeps the refund's status", () => {
  assert.equal(moneyIsPayment("I paid and returned it, where is my refund?"), false);
  assert.equal(moneyIsPayment("where is my money"), false);
  const text = "where is my money for the return, i paid 40 for it";
  const r = reading([
    { intent: "refund_status", confidence: 0.8, text, start: 0, end: text.length },
  ]);
  assert.equal(withoutRefundWhenPaid(r, text), r);
});
