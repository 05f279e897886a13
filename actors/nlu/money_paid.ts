/**
 * "Where is my money? I paid for ORD-2002 and you say it's not paid": the money asked after
 * is the payment the customer made, not a refund. The classifier hears "where is my money"
 * as a refund's status, and the reply told the customer no refund was on the order — of an
 * order they have not even been charged for, as far as the store knows. Where the message
 * says they paid and speaks of no refund or return, a refund's status is no request of it.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { moneyIsPayment } from "../../domain/money_paid.ts";

/**
 * The reading without a refund's status among its requests (and as its intent, where a
 * payment problem is among them) when the money asked after is the payment.
 */
export function withoutRefundWhenPaid(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!moneyIsPayment(text) || reading.confirmation) return reading;
  const requests = reading.requests;
  if (!requests?.some((r) => r.intent === "refund_status")) return reading;
  const kept = requests.filter((r) => r.intent !== "refund_status");
  if (kept.length === 0) return reading;
  const first = kept[0];
  return reading.intent === "refund_status"
    ? { ...reading, intent: first.intent, confidence: first.confidence, requests: kept }
    : { ...reading, requests: kept };
}
