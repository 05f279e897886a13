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
  const parts = r.requests ?? [];
  const requests = parts.length > 1
    ? parts.map((q) =>
      priceAsked(q.text) && !KEPT.has(q.intent) ? { ...q, intent, confidence: PRICE_CONFIDENCE } : q
    )
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
