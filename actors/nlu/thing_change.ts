/**
 * "And what about the monitor one, can I cancel that?": a thing of theirs named, then a
 * change asked about it by "it", "that" or "this one". The classifier reads a question about
 * the rules (can one cancel?), but the words point at one order: the change of that order,
 * proposed for a yes like any other. A rule question names no thing of theirs ("can I
 * cancel an order after it ships?") and stays one. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { asksForReplacement } from "../../domain/intents.ts";

/** Readings a change asked about a thing of theirs is mistaken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "policy_question",
  "product_question",
  "other",
]);

/** "Can I cancel that", "could i still return it", "can u refund this one": the verb and its "it". */
const CHANGE_OF_IT: readonly [RegExp, Intent][] = [
  [/\bcancel\b/i, "cancel_order"],
  [/\breturn\b/i, "return_item"],
  [/\brefund\b/i, "refund_request"],
];
const ASKED =
  /\b(?:can|could|may)\s+(?:i|we|you|u)\s+(?:still\s+|just\s+|please\s+)?(cancel|return|refund)\s+(?:it|that|this|them|that one|this one|those)\b(?!\s+(?:if|when|after|before|once))/i;

/** The change a question about "it" asks of the thing of theirs named beside it, or null. */
export function changeOfThingNamed(
  reading: IntentEnrichment,
  text: string,
): IntentEnrichment | null {
  if (!MISREAD.has(reading.intent)) return null;
  const items = reading.entities.item_refs ?? [];
  if (items.length !== 1 || (reading.entities.order_ids?.length ?? 0) > 1) return null;
  const m = ASKED.exec(text);
  if (!m) return null;
  const intent = CHANGE_OF_IT.find(([re]) => re.test(m[1]))![1];
  return { ...reading, intent, confidence: Math.max(reading.confidence, 0.8) };
}

/**
 * "Can u check the vacuum", "pls look into my headphones": the thing named is checked on —
 * where its order is — not described from the catalogue. Null when not so asked.
 */
export function checkOnThingNamed(
  reading: IntentEnrichment,
  text: string,
): IntentEnrichment | null {
  if (reading.intent !== "product_question") return null;
  const items = reading.entities.item_refs ?? [];
  if (items.length !== 1) return null;
  const thing = items[0].text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const check = new RegExp(
    `\\b(?:check|look)\\s+(?:on\\s+|at\\s+|into\\s+|up\\s+)?${thing}\\s*(?:for me|pls|please|again|now)?\\s*[?.!]*\\s*$`,
    "i",
  );
  if (!check.test(text)) return null;
  return { ...reading, intent: "order_status", confidence: Math.max(reading.confidence, 0.8) };
}

/** Buying words, or "replacement" naming a kind of part ("replacement filters"). */
const FOR_SALE =
  /\b(?:sell|sells|selling|buy|purchase|stock|carry|in stock)\b|\breplacement\s+(?!for\b|of\b|instead\b|please\b|pls\b|asap\b)[a-z]{3,}/i;

/**
 * "And the vacuum? I would prefer a replacement.": the thing named is to be sent again — a
 * request about their order, not a question about the catalogue's product. Null otherwise.
 */
export function replacementOfThingNamed(
  reading: IntentEnrichment,
  text: string,
): IntentEnrichment | null {
  if (reading.intent !== "product_question") return null;
  if ((reading.entities.item_refs ?? []).length !== 1 || !asksForReplacement(text)) return null;
  // "Do you sell replacement filters for the jug?": goods to buy, not theirs sent again.
  if (FOR_SALE.test(text)) return null;
  return { ...reading, intent: "delivery_problem", confidence: Math.max(reading.confidence, 0.8) };
}

/** The reading, or the change, check or replacement of the thing named it asks. */
export function asThingChange(reading: IntentEnrichment, text: string): IntentEnrichment {
  return changeOfThingNamed(reading, text) ?? checkOnThingNamed(reading, text) ??
    replacementOfThingNamed(reading, text) ?? reading;
}
