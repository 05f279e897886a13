/**
 * "How long does a transfer take to show", "ok and if it doesnt show up by friday?" right
 * after an answer about paying an order: the same payment carried on, not a bank's question
 * out of the store's scope (the out-of-scope examples are banking's). How long a transfer
 * takes is the ways to pay's answer; what happens if it does not arrive is the order's
 * payment (`actors/response/order_hold.ts` says until when it is held). Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** Answers about paying, after which a follow-up may carry the payment on. */
const ABOUT_PAYING: ReadonlySet<Intent> = new Set<Intent>(["payment_issue", "payment_methods"]);
/** Readings such a follow-up is mistaken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "order_status",
  "delivery_problem",
  "small_talk",
  "policy_question",
]);
/** Words of the payment on its way. */
const PAYMENT =
  /\b(?:transfer|payment|paid|pay|money|funds|bank|show(?:s|ed)? up|go(?:es)? through|gone through|clear(?:s|ed)?|arrive[sd]?|reach(?:es|ed)? you)\b/i;
/** How long it takes: the ways to pay's answer. */
const HOW_LONG = /\b(?:how long|how many days|how quickly|how fast|when will)\b/i;
/** Another way to pay asked for: "what else can i use?", "any other options?". */
const OTHER_WAYS =
  /\b(?:what else|anything else|any other|other (?:ways?|options?|methods?|cards?)|another (?:way|option|method|card)|alternatives?)\b/i;
/** A way to pay named: "it's a visa card", "i'm using paypal". */
const METHOD =
  /\b(?:visa|mastercard|master ?card|amex|american express|debit card|credit card|card|paypal|apple ?pay|google pay|bank transfer)\b/i;
/** The most words such a follow-up has. */
const MAX_WORDS = 16;

/** The payment reading of a follow-up on paying, or null. */
export function paymentFollowUp(
  reading: IntentEnrichment,
  text: string,
  lastIntent: Intent | null | undefined,
): IntentEnrichment | null {
  if (!lastIntent || !ABOUT_PAYING.has(lastIntent)) return null;
  const words = text.trim().split(/\s+/).length;
  if (reading.source === "rules" || words > MAX_WORDS) return null;
  // "What else can i use?" after a payment that fails: the other ways to pay, however unsure.
  if (
    (MISREAD.has(reading.intent) || reading.intent === "payment_methods") && OTHER_WAYS.test(text)
  ) {
    return carried(reading, "payment_methods");
  }
  if (!MISREAD.has(reading.intent)) return null;
  // "It's a visa card": the way they pay, told of the payment that fails.
  if (words <= 8 && METHOD.test(text)) return carried(reading, "payment_issue");
  if (!PAYMENT.test(text) && !/\b(?:it|that)\b/i.test(text)) return null;
  // "Ok and if it doesnt show up by friday?": the payment, only if paying stays the topic.
  const intent = HOW_LONG.test(text) && /\btransfer\b/i.test(text)
    ? "payment_methods"
    : "payment_issue";
  if (!PAYMENT.test(text) && intent === "payment_issue" && !/\bif\b/i.test(text)) return null;
  return carried(reading, intent);
}

/** The reading as the payment carried on. */
function carried(reading: IntentEnrichment, intent: Intent): IntentEnrichment {
  return {
    ...reading,
    intent,
    confidence: Math.max(reading.confidence, 0.8),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
