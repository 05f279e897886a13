/**
 * "My espresso machine leaks water, can it be repaired or replaced?", "the keyboard stopped
 * working": a fault told about goods of theirs, as a statement — a problem with an order
 * (the context finds which by the goods), not a question about the product for sale or the
 * warranty's rule. A hypothetical ("if it breaks, is it covered?") or a question whether it
 * may ("does it leak?") stays what it was. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { DAMAGED, FAULTY, goodsProblem, MISSHAPEN } from "../../domain/problems.ts";
import { goodsUnlike } from "../../domain/goods_unlike.ts";
import { relabelled } from "./relabel.ts";

/** Readings a fault told about their goods is mistaken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "policy_question",
  "other",
  "feedback",
  "small_talk",
  "refund_request",
  // "The headphones wont charge anymore": charging of goods, not of a card.
  "payment_issue",
  // "The frother stopped working": goods, not a sign-in that stopped working.
  "account_access",
  // "The mixer smells like burning rubber when i use it": goods in use, not buying.
  "place_order",
]);
/** A fault told as a fact: "leaks", "is leaking", "stopped working", "broke", "is faulty". */
const TOLD =
  /(?:^\s*|\b(?:my|the|our|this|it)\b)[^.?!]{0,45}?\b(?:leaks|leaked|is leaking|keeps leaking|stopped working|broke|has broken|is broken|is faulty|is defective|is dead|'s dead|went dead|died|doesn'?t work|does not work|isn'?t working|is not working|won'?t (?:turn|switch|power) on|cracked|is cracked|(?:makes?|making|made) (?:a |this |that )?(?:\w+ )?(?:noise|sound|smell)|smells|smelled|stinks|reeks|sparks|is smoking|overheats|keeps (?:turning|switching|cutting) off|won'?t (?:charge|heat|start|pair|connect)|wont (?:charge|heat|start|pair|connect|turn on)|(?:stopped|isn'?t|is not|not) (?:charging|heating|pairing|connecting|holding (?:a )?charge))\b/i;
/** Not told as a fact: "if it breaks", "what if", "would it", "does it leak", "in case". */
const SUPPOSED =
  /\b(?:if|what if|in case|suppose|would|should it|does it|do they|will it|can it break|ever)\b[^.?!]{0,25}\b(?:leak|break|broke|stop|fail|faulty|defect)/i;
/**
 * What only goods do, said not done: "the milk frother doesn't heat", "won't even power up",
 * "can't pair with my phone" (a card's or a transfer's "not working" is no such fault).
 */
const GOODS_FAIL =
  /\b(?:doesn'?t|does not|dont|don'?t|do not|won'?t|wont|will not|can'?t|cannot|isn'?t|is not|no longer|stopped)\s+(?:even\s+|really\s+|properly\s+)?(?:heat(?:s|ing)?(?: up)?|charg(?:e|es|ing)|pair(?:s|ing)?|froth(?:s|ing)?|blend(?:s|ing)?|spin(?:s|ning)?|power(?:s|ing)? (?:on|up)|turn(?:s|ing)? on|switch(?:es|ing)? on|light(?:s|ing)? up|make (?:any )?coffee)\b/i;
/**
 * A fault only supposed or asked after, however it is worded: "what if it doesn't heat", "in
 * case it won't", "does the espresso machine leak?".
 */
const SUPPOSING =
  /\b(?:if|in case|suppose|supposing|would|will it|should it)\b|^\s*(?:does|do|can|could|will)\b/i;
/** Not goods of an order: a form, the site, a card, a payment, a code, a transfer. */
const NOT_GOODS =
  /\b(?:form|site|website|web ?page|page|app|account|log ?in|sign ?(?:up|in)|registration|password|pass-?code|pin|code|link|card|payment|transfer|top-?up|contactless|checkout|coupon|voucher|discount|promo|email|phone|screen|laptop|car|tv)\b/i;

/** Asking for money back outright stays a refund ("it broke, I want a refund"). */
const MONEY = /\b(?:refund|money back|reimburse|money (?:returned|refunded))\b/i;

/** How sure a fault told about their goods is a problem with the order. */
const CONFIDENCE = 0.7;

/** Where goods are shown for sale: "on your site", "on the website", "in the app". */
const LISTED_ON =
  /\b(?:on|in|from) (?:your|the|ur) (?:web ?site|site|web ?page|page|app|listing)\b/gi;

/** Below this an order-status reading of goods told missing or wrong is a guess. */
const UNSURE_STATUS = 0.5;

/**
 * Goods told wrong, missing or unlike what was ordered ("the colour is wrong", "only got the
 * machine", "way too small", "looks nothing like the picture") rather than broken.
 */
function toldOtherwise(text: string): boolean {
  // "Nothing like the pictures on your site": the listing's place, not trouble with the site.
  const bare = text.replace(LISTED_ON, " ");
  if (SUPPOSED.test(bare) || NOT_GOODS.test(bare)) return false;
  return goodsProblem(text) === "wrong_or_missing" || goodsUnlike(text) !== null;
}

/** True when the text tells of a fault in goods of theirs, not supposes one. */
export function toldDefect(text: string): boolean {
  // "The milk frother doesn't heat", "won't even power up": what goods do, said not done.
  // "The skillet is warped, it rocks on the stove": out of shape, said as a fact.
  const told = (TOLD.test(text) &&
    (DAMAGED.test(text) || FAULTY.test(text) || /\bbroke\b/i.test(text))) ||
    (MISSHAPEN.test(text) && !SUPPOSING.test(text)) ||
    (GOODS_FAIL.test(text) && !SUPPOSING.test(text));
  return told && !SUPPOSED.test(text) && !NOT_GOODS.test(text);
}

/**
 * Whether one part of a message, read alone as `intent`, tells of a fault in goods of theirs
 * ("love the espresso machine! but the frother makes a weird noise": the part after the
 * praise reads as a product question alone).
 */
export function faultToldInPart(intent: Intent, text: string): boolean {
  return MISREAD.has(intent) && intent !== "refund_request" && toldDefect(text);
}

/** The reading with a fault told about their goods read as a problem with the order. */
export function asDefectReported(reading: IntentEnrichment, text: string): IntentEnrichment {
  // Read right but unsure ("the espresso machine i got last month stopped working", 0.45):
  // the fault told makes it sure, rather than a question which of three things they want.
  const unsure = reading.intent === "delivery_problem" && reading.confidence < CONFIDENCE;
  // "Only got the espresso machine, where's the frother??" (order_status, 0.34): goods told
  // missing, wrong or unlike what was ordered are a problem with the order too.
  const other = toldOtherwise(text);
  const statusGuess = reading.intent === "order_status" && reading.confidence < UNSURE_STATUS &&
    other;
  // "The frother is nothing like the picture" reads as a complaint: goods of theirs named,
  // unlike or wrong, are the order's trouble to put right (a complaint is thanked and filed).
  const filed = reading.intent === "complaint" && other;
  if (
    (!MISREAD.has(reading.intent) && !unsure && !statusGuess && !filed) ||
    !(toldDefect(text) || other)
  ) {
    return reading;
  }
  if (reading.intent === "refund_request" && MONEY.test(text)) return reading;
  const named = (reading.entities.item_refs?.length ?? 0) > 0 ||
    reading.entities.products.length > 0 || reading.entities.order_ids.length > 0;
  if (!named) return reading;
  return relabelled(reading, "delivery_problem", CONFIDENCE);
}
