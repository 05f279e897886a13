import assert from "node:assert/strict";
import type { Intent } from "../../shared/protocol.ts";
import { intentOf } from "../../tests/fixtures/turns.ts";
import { paymentFollowUp } from "./payment_follow_up.ts";

const reading = (intent: Intent, confidence = 0.9) =>
  intentOf(intent, "", { confidence, source: "classifier" });

Deno.test("a follow-up on paying carries the payment on, not a bank's question", () => {
  const after = "payment_issue";
  assert.equal(
    paymentFollowUp(reading("other"), "how long does a transfer take to show", after)?.intent,
    "payment_methods",
  );
  assert.equal(
    paymentFollowUp(reading("other"), "ok and if it doesnt show up by friday?", after)?.intent,
    "payment_issue",
  );
});

Deno.test("without paying talked of, or with a request of its own, nothing is carried", () => {
  const text = "how long does a transfer take to show";
  assert.equal(paymentFollowUp(reading("other"), text, "order_status"), null);
  assert.equal(paymentFollowUp(reading("other"), text, null), null);
  assert.equal(paymentFollowUp(reading("cancel_order"), "cancel it then", "payment_issue"), null);
});

Deno.test("the card named, or another way asked for, after a payment that fails", () => {
  const after = "payment_issue";
  assert.equal(
    paymentFollowUp(reading("other"), "it's a visa card", after)?.intent,
    "payment_issue",
  );
  assert.equal(
    paymentFollowUp(reading("payment_methods", 0.42), "what else can i use", after)?.intent,
    "payment_methods",
  );
  assert.equal(
    paymentFollowUp(reading("other"), "any other options?", after)?.intent,
    "payment_methods",
  );
  // Named long after, or with a request of its own: not carried.
  assert.equal(paymentFollowUp(reading("other"), "it's a visa card", "order_status"), null);
  assert.equal(paymentFollowUp(reading("refund_request"), "refund it to my visa", after), null);
});
