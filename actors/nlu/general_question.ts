/**
 * A general question about how the store works ("how do returns work?", "can I return
 * something after 2 months?") is a policy question, whatever the classifier made of its
 * topic word: "returns" reads as return_item, but nothing is to be returned yet. The rule
 * that tells a question from a request is the domain's (`isGeneralQuestion`).
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { isGeneralQuestion } from "../../domain/policy_questions.ts";

/**
 * Intents a general question may be misread as: an order's request, a product question
 * ("is the label free?"), small talk or nothing known.
 */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  ...ORDER_INTENTS,
  "product_question",
  "small_talk",
  "other",
]);

/**
 * The reading with a general question relabelled `policy_question` (its confidence kept),
 * in the whole and in each request; unchanged for anything else, and for a yes, a no or an
 * answer read in the light of the conversation.
 */
export function asGeneralQuestion(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (reading.source === "conversation" && reading.confirmation !== "unclear") return reading;
  const named = {
    orders: reading.entities.order_ids.length + reading.entities.tracking_numbers.length,
    products: reading.entities.products.length,
  };
  const general = (t: string) => isGeneralQuestion(t, named);
  const intent = MISREAD.has(reading.intent) && general(text) ? "policy_question" : reading.intent;
  const requests = reading.requests?.map((r) =>
    MISREAD.has(r.intent) && general(r.text) ? { ...r, intent: "policy_question" as const } : r
  );
  if (intent === reading.intent && requests?.every((r, i) => r === reading.requests![i])) {
    return reading;
  }
  return {
    ...reading,
    intent,
    alternatives: intent === reading.intent
      ? reading.alternatives
      : [{ intent: reading.intent, confidence: reading.confidence }, ...reading.alternatives]
        .filter((a) => a.intent !== intent).slice(0, 3),
    ...(requests ? { requests } : {}),
  };
}
