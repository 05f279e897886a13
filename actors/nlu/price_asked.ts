/**
 * "Is there a restocking fee?", "do I get the full price back?", "do you price match?",
 * "so can I get the difference back?", "I was charged $349 but I thought it was on sale":
 * a question about the store's price rule (`domain/price_questions.ts`), read as a policy
 * question so that the rule answers it — not "other" and a clarifying question, nor the
 * generic text on payment trouble. Pure.
 */
import type { IntentEnrichment, IntentRequest } from "../../shared/protocol.ts";
import { priceAsked } from "../../domain/price_questions.ts";

/** The confidence of a price question read by its words. */
const PRICE_CONFIDENCE = 0.8;

/** A price said: "cheaper", "the price", "on sale", "$20", "20 bucks". */
const PRICE_TALK =
  /\b(?:cheaper|pricier|prices?|priced|on sale|sale price|discount(?:ed)?|reduced|difference)\b|\$\s?\d|\b\d+(?:\.\d\d)? ?(?:usd|dollars|bucks|euros?|eur|gbp)\b/i;

/** Changes asked beside a price question keep their own reading ("cancel it, is there a fee?"). */
const KEPT: ReadonlySet<string> = new Set([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "order_status",
  "delivery_problem",
]);

/**
 * The reading of a message that asks about the price rule: a policy question, each part of
 * it that asks one read so too; the reading as it was for any other message, or for one
 * whose main request is a change or an order's news.
 */
export function asPriceQuestion(r: IntentEnrichment, text: string): IntentEnrichment {
  if (!priceAsked(text) || r.intent === "policy_question" || KEPT.has(r.intent)) return r;
  const intent = "policy_question" as const;
  const whole: IntentRequest = {
    intent,
    confidence: PRICE_CONFIDENCE,
    text,
    start: 0,
    end: text.length,
  };
  // "The keyboard was $20 cheaper the day after i bought it. can you refund me the
  // difference?": the price told and the question about it are one question.
  const all = r.requests ?? [];
  const price = (q: IntentRequest) =>
    (priceAsked(q.text) !== null || PRICE_TALK.test(q.text)) && !KEPT.has(q.intent);
  const others = all.filter((q) => !price(q));
  const requests = all.length > 1 && others.length > 0
    ? all.map((q) => price(q) ? { ...q, intent, confidence: PRICE_CONFIDENCE } : q)
    : [whole];
  return {
    ...r,
    intent,
    confidence: Math.max(PRICE_CONFIDENCE, r.confidence),
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== intent).slice(0, 3),
    requests,
  };
}
