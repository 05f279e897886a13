/**
 * "Wheres my vacuum cleaner", "where is my vacum cleaner": where a thing they bought is — a
 * question about the order it is in. The classifier leans on the product's words ("cleaner"
 * reads like feedback) and misses the question; the words "where is my" before something of
 * theirs that is goods, not money or an account, ask where their order is. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { whyNotHere } from "./why_not_here.ts";
import { whatNowWith } from "./what_now.ts";
import { awaitedGoods, goodsWhenComing } from "./awaited_goods.ts";
import { jokedWait } from "./joked_wait.ts";

/** "Where is my", "wheres my", "where's the", "where are my", "wher is my". */
const WHERE_MY =
  /^\s*(?:(?:so|and|ok|okay|hi|hey|hello|um+|well|ugh+|ffs|omg|wtf|jeez|seriously|come on|for (?:god'?s|fuck'?s|christ'?s) sake|f+u+c+k+(?: this| me| sake)?|f\*+k(?: this)?|damn(?: it)?|bloody hell|jesus)[\s,.!?]+)*wh?ere?(?:'?s|\s+is|\s+are|\s+r|'?re)?(?:\s+the\s+hell\s+(?:is|are))?\s+(?:my|the|our)\s+/i;

/** Things that are not goods: where they are is another question (banking, account, refund). */
const NOT_GOODS =
  /\b(?:card|pin|money|cash|account|password|refund|transfer|payment|code|invoice|receipt|bill|statement|balance|deposit|credit|points?|voucher|coupon|discount|order number|tracking number|email|confirmation|button|page|link|site|website|app|checkout|menu|setting|settings|option)\b/i;

/** "Where is the nearest ATM": a place asked for, not goods. */
const PLACE =
  /^(?:nearest|closest|best|cheapest|fastest|quickest|easiest|next|nearby|local)\b|\b(?:store|shop|branch|office|atm|hospital|station|catalog(?:ue)?|website|site|range)\b/i;

/** "… anyway", "… now", "… already": said after the goods, adding no question. */
const MOMENT =
  /(?:\s+(?:at|now|anyway|already|then|rn|right now|exactly|today|pls|please))+\s*[?!.]*\s*$/i;

/** Readings that miss a question about where goods are. */
const MISSED: ReadonlySet<Intent> = new Set<Intent>(["other", "feedback", "small_talk"]);

/**
 * "Where are the bottles", "so where's the vacuum now": goods the catalogue sells too read
 * as a product question, or the status read too weakly to answer. Where a product is made,
 * sold or found is still the product's question.
 */
const MISSED_AS_PRODUCT: ReadonlySet<Intent> = new Set<Intent>(["product_question"]);
const WEAK_STATUS = 0.45;
const OF_THE_PRODUCT =
  /\b(?:made|manufactured|produced|from|sold|sell|find|buy|get|available|stock|cost|price|colou?rs?|sizes?|warranty)\b/i;

/**
 * The reading of "where is my <goods>" the classifier missed: a question about the order,
 * or null when the message is not one.
 */
export function whereIsMyGoods(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  // "Why is my keyboard not here yet": where it is, asked with a why; "so what now with 3001".
  // "The keyboard should've come already": a late parcel, not the product's question.
  const named = whereIsOrderNamed(reading, text) ?? whyNotHere(reading, text) ??
    whatNowWith(reading, text) ?? awaitedGoods(reading, text) ?? jokedWait(reading, text) ??
    goodsWhenComing(reading, text);
  if (named) return named;
  const weak = reading.intent === "order_status" && reading.confidence < WEAK_STATUS;
  const asProduct = MISSED_AS_PRODUCT.has(reading.intent) && !OF_THE_PRODUCT.test(text);
  if (!MISSED.has(reading.intent) && !asProduct && !weak) return null;
  const m = WHERE_MY.exec(text);
  if (!m) return null;
  // "Where's the vacuum now", "wheres my stuff anyway": words of the moment ask nothing more.
  const rest = text.slice(m[0].length).replace(MOMENT, "");
  if (
    rest.trim().split(/\s+/).length > 5 || NOT_GOODS.test(rest) || PLACE.test(rest) ||
    /\?.*\S/.test(rest)
  ) {
    return null;
  }
  if ((reading.entities.item_refs?.length ?? 0) === 0 && reading.entities.products.length === 0) {
    return null;
  }
  return {
    ...reading,
    intent: "order_status",
    confidence: Math.max(reading.confidence, 0.6),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent: "order_status", confidence: 0.6, text, start: 0, end: text.length }],
  };
}

/** "Whr is ORD 2001", "yo where's order 2001", "wheres #2001": where an order named is. */
const WHERE_ORDER =
  /^\s*(?:(?:yo|so|and|ok|okay|hi|hey|hello|um+|uh+|pls|please)[\s,.!]+)*(?:wh?e?re?|whr|wer)(?:'?s|\s+is|\s+are|'?re)?\s+(?:my\s+)?(?:order\s+|ord\s*-?\s*|#\s*)?\d{4,}\b/i;

/** Readings an unsure "where is <order>" gets, weighed down by a grumble after it. */
const UNSURE_WHERE: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "order_status",
  "complaint",
  "refund_status",
  "other",
]);
const UNSURE_BELOW = 0.45;

/**
 * "Yo whr is ORD 2001 its been like 2 wks smh": a question where an order named outright is,
 * that the grumble after it left the classifier unsure of (was: asked what they meant). The
 * where-question before the order's id is what is asked; null when the message is not one.
 */
function whereIsOrderNamed(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (!UNSURE_WHERE.has(reading.intent) || reading.confidence >= UNSURE_BELOW) return null;
  if (reading.entities.order_ids.length === 0 || !WHERE_ORDER.test(text)) return null;
  const confidence = 0.6;
  return {
    ...reading,
    intent: "order_status",
    confidence,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent: "order_status", confidence, text, start: 0, end: text.length }],
  };
}
