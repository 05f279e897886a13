/**
 * "Where is my money? I paid for ORD-2002 and you say it's not paid": the money asked after
 * is the payment the customer made, not a refund. The classifier hears "where is my money"
 * as a refund's status, and the reply told the customer no refund was on the order — of an
 * order they have not even been charged for, as far as the store knows. Where the message
 * says they paid and speaks of no refund or return, a refund's status is no request of it.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";

/** The customer says they paid. */
const SAYS_PAID =
  /\b(?:i|we) (?:have |'ve |already |did )?(?:paid|payed|sent (?:the|my) (?:money|payment)|transferred)\b|\bi'?ve (?:already )?(?:paid|payed)\b|\bpayment (?:went|has gone|was sent|left)\b|\b(?:money|amount) (?:has |was )?(?:left|taken from) my (?:account|card|bank)\b|\bbank statement\b/i;

/** Words of a refund or a return: then the money may well be a refund's. */
const REFUND_WORDS =
  /\b(?:refund\w*|money back|reimburs\w*|return\w*|sent (?:it|them) back|cancel\w*)\b/i;

/** Whether the message says the customer paid and speaks of no refund. */
export function moneyIsPayment(text: string): boolean {
  return SAYS_PAID.test(text) && !REFUND_WORDS.test(text);
}

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
