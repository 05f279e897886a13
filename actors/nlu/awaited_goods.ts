/**
 * "ugh the keyboard should've come already", "my headphones were supposed to be here by now":
 * goods of theirs awaited past when they were expected — a late parcel told, not a question
 * about the product. The classifier leant on the product's name and answered its stock and
 * price, or listed the headphones on sale. The goods, then a modal of what was expected, then
 * the words of goods come, read as a delivery problem of their order. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** The goods (a few words after "my", "the", "our"), what was expected, then its arrival. */
const AWAITED = new RegExp(
  String.raw`\b(?:my|the|our)\s+((?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+)\s+` +
    String
      .raw`(?:should(?:'ve|ve| have| of| 've)?|shoulda|(?:was|were|is|are)\s+(?:supposed|meant)\s+to(?:\s+have)?|ought\s+to(?:\s+have)?)\s+` +
    String
      .raw`(?:be(?:en)?\s+(?:here|there|delivered|with me)|(?:have\s+)?(?:come|came|arrived?|turned up|shown up|showed up|got(?:ten)? here|landed))\b(?!\s+with\b)`,
  "i",
);

/** Not goods: an awaited refund, code or reply is another matter. */
const NOT_GOODS =
  /\b(?:refund|money|payment|email|e-mail|code|link|invoice|receipt|label|reply|answer|agent|person|replacement|credit)\b/i;

/** What is asked of the product itself: still its question. */
const OF_THE_PRODUCT =
  /\b(?:in stock|price|cost|colou?rs?|sizes?|warranty|sell|buy|available)\b|\?.*\b(?:does|do|is|are)\s+(?:it|they)\b/i;

/** Readings that miss the late parcel. */
const MISSED: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "other",
  "feedback",
  "small_talk",
]);

/** The reading of "the <goods> should have come already" as its order's delivery; else null. */
export function awaitedGoods(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (!MISSED.has(reading.intent)) return null;
  const t = text.replace(/[‘’]/g, "'");
  const m = AWAITED.exec(t);
  if (!m || NOT_GOODS.test(m[1]) || OF_THE_PRODUCT.test(t)) return null;
  const confidence = Math.max(reading.confidence, 0.6);
  return {
    ...reading,
    intent: "delivery_problem",
    confidence,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent: "delivery_problem", confidence, text, start: 0, end: text.length }],
  };
}

/** "When do they come", "when will it arrive", "when is the mixer coming": its arrival asked. */
const WHEN_COMING =
  /\b(?:when|how soon)\b[^.?!]{0,20}?\b(?:do|will|would|does|are|is)\s+(?:they|it|them|the [a-z-]+|my [a-z-]+)\s+(?:(?:actually|finally|ever|even)\s+)?(?:come|coming|arrive|arriving|get here|getting here|be here|turn up|be delivered|ship|shipping)\b/i;
/** Goods named as theirs or as the ones talked of: "the headphones", "my mixer". */
const GOODS_NAMED = /\b(?:the|my|our)\s+[a-z][a-z-]{2,}/i;

/**
 * "What about the headphones, when do they come": goods named and when they arrive — their
 * order's news, not the product's (the classifier listed the headphones on sale). "When is the
 * mixer back in stock" stays the product's question. Else null.
 */
export function goodsWhenComing(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (reading.intent !== "product_question" && reading.intent !== "other") return null;
  if (!WHEN_COMING.test(text) || !GOODS_NAMED.test(text) || OF_THE_PRODUCT.test(text)) return null;
  if (/\bback\b|\brestock|\bhow much\b/i.test(text)) return null;
  const confidence = Math.max(reading.confidence, 0.6);
  return {
    ...reading,
    intent: "order_status",
    confidence,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent: "order_status", confidence, text, start: 0, end: text.length }],
  };
}
