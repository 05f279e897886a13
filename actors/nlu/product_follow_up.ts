/**
 * "How much is it?", "is it in stock?", "any good?" right after we answered about a
 * product: the same product, asked again — not the order talked of before. Read alone,
 * "how much is it" asks an order's total, which the conversation about the water bottle
 * did not mean.
 *
 * Pure; consulted where no change waits for a yes.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";

/** What the reading needs. */
export interface ProductFollowUpInput {
  text: string;
  reading: IntentEnrichment;
  /** What the conversation was about last. */
  topic: string | null;
  /** The products the conversation looked up, last first or in order looked. */
  looked: readonly string[];
  /** The catalogue, for the products' names. */
  catalogue: readonly { sku: string; name: string }[];
}

/** The most words such a follow-up has. */
const MAX_WORDS = 8;
/** Confidence of the product question carried on. */
const CARRIED_CONFIDENCE = 0.8;

/** The thing talked of, by a pronoun or left out ("how much?", "price?"). */
const ABOUT_IT =
  /^(?:(?:ok(?:ay)?|k|and|so|cool|nice|great|hmm+|oh|thanks|thx|right|alright)\b[\s,.!-]*)*(?:how much(?: (?:is|was|does|do|are|would be) (?:it|that|this|they|those|one)(?: cost)?)?|(?:what(?:'?s| is| was)|and) (?:the |its )?(?:price|cost)(?: of (?:it|that|one))?|price|cost|(?:is|are) (?:it|that|this|they|those) (?:in stock|available|any good|good|worth it)|(?:do|have) you (?:got |have )?(?:it|that|one|them|any) in stock|in stock|any good|(?:how|what) (?:is|are) (?:it|that|they) rated|what(?:'?s| is| about) the (?:warranty|rating|reviews?)(?: on (?:it|that|this|them))?)\s*(?:then|now|please|pls)?\s*[?!.]*\s*$/i;

/** "Mine", "my one", "I paid", "my order": their own order of it, not the product. */
const OWN = /\b(?:mine|my|i (?:paid|ordered|bought|got)|order)\b/i;

/** The product question about what the turn before looked up, or null. */
export function productFollowUp(input: ProductFollowUpInput): IntentEnrichment | null {
  const { text, reading, topic, looked, catalogue } = input;
  if (topic !== "product_question" || looked.length === 0) return null;
  const e = reading.entities;
  if (e.products.length > 0 || e.order_ids.length > 0 || (e.order_refs?.length ?? 0) > 0) {
    return null;
  }
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS || !ABOUT_IT.test(t) || OWN.test(t)) return null;
  const names = new Map(catalogue.map((p) => [p.sku, p.name]));
  const products = looked.flatMap((sku) => names.has(sku) ? [{ sku, name: names.get(sku)! }] : []);
  if (products.length === 0) return null;
  const alternatives = [
    { intent: reading.intent, confidence: reading.confidence },
    ...reading.alternatives,
  ].filter((a) => a.intent !== "product_question").slice(0, 3);
  return {
    ...reading,
    intent: "product_question",
    confidence: CARRIED_CONFIDENCE,
    alternatives,
    entities: { ...e, products, state_refs: [], item_refs: [] },
    source: "conversation",
  };
}
