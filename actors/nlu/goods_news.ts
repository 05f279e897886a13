/**
 * "And the vacuum, any news?", "is the keyboard still stuck in memphis": news of goods is
 * asked of the order they are in. The classifier leans to a product question whenever goods
 * the catalogue also sells are named; with words of a parcel's progress and none of a
 * product's (stock, price, warranty…) the question is the order's status. Pure.
 */
import type { IntentEnrichment, IntentRequest } from "../../shared/protocol.ts";
import { productAspects } from "../../domain/product_questions.ts";

/** Words of a parcel's progress. */
const PROGRESS =
  /\b(?:news|updates?|stuck|arriv(?:e|es|ed|ing)|ship(?:ped|ping)?|deliver(?:ed|y)?|coming|on (?:its|the) way|tracking|eta|dispatched|sent out|here yet|any word|status|lost|delayed|late)\b/i;

/** Whether `text` asks how goods it names are getting on, not about the product itself. */
function asksNews(text: string): boolean {
  return PROGRESS.test(text) && productAspects(text).length === 0;
}

/**
 * The reading with a product question about goods' progress read as the order's status,
 * the whole message's and each request's; null when nothing changes. A request turned so
 * beside one already about the order's progress is dropped (one answer, not two).
 */
export function goodsNews(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  const e = reading.entities;
  if ((e.item_refs ?? []).length === 0 && e.products.length === 0) return null;
  const top = reading.intent === "product_question" && asksNews(text);
  const turned = (r: IntentRequest) => r.intent === "product_question" && asksNews(r.text);
  const requests = reading.requests;
  if (!top && !requests?.some(turned)) return null;
  const about = (i: string) => i === "order_status" || i === "delivery_problem";
  const answered = about(top ? "order_status" : reading.intent) ||
    (requests ?? []).some((r) => about(r.intent));
  const kept = requests?.flatMap((r): IntentRequest[] =>
    !turned(r) ? [r] : answered && requests.length > 1 ? [] : [{ ...r, intent: "order_status" }]
  );
  return {
    ...reading,
    ...(top
      ? {
        intent: "order_status",
        confidence: Math.max(reading.confidence, 0.6),
        alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
      }
      : {}),
    ...(kept ? { requests: kept.length > 0 ? kept : undefined } : {}),
  };
}
