/**
 * Readings of returns and refunds the classifier leans the wrong way on (talk13):
 * - "refund my lost vacuum ORD-3001", "refnud it pls": a refund asked for in the imperative.
 *   The order's state ("lost") pulls the classifier to a refund's status; nothing in the
 *   words asks where a refund is, so it is the refund asked for.
 * - "i want my keyboard", "i need my vacuum!!": their own goods wanted, nothing else asked —
 *   where that order is (the classifier reads "want" as buying or as out of scope).
 * - "i'll file a chargeback with my bank": the money back asked for under a threat; when the
 *   classifier reads it only as a complaint, the refund is what can be done about it.
 * - "my espresso machine leaks water": a fault told about their goods (`defect_reported.ts`).
 * - "can you refund the extra one" after a double charge: the second charge, a payment issue.
 * - where a refund goes, and a refund already made asked about (`refund_money.ts`).
 * Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { asDefectReported } from "./defect_reported.ts";
import { asReplacementOfOrders } from "./replace_orders.ts";
import { asRefundMoneyAsked } from "./refund_money.ts";
import { asksAmountBack } from "./get_back_asked.ts";

/** A refund verb first, as an order, spelt loosely: "refund", "refnud", "reimburse". */
const REFUND_VERB =
  /^\s*(?:(?:ok(?:ay)?|so|then|fine|just|please|pls|plz|can you|could you|would you|will you|kindly|i want you to|i need you to|go ahead and)[\s,.!]+)*(?:refund|refnud|refudn|rfund|refun|reimburse|reimbuse|reimburs)\s+(?:(?:just|only)\s+)?(?:me|my|the|it|this|that|them|those|these|both|ord-?\s?\d|#?\d{4,}|order|everything|all|in full|the whole)\b/i;
/** Words that ask where a refund is, not for one. */
const STATUS_WORDS =
  /\b(?:where|when|status|yet|received|arrived|got|gotten|track|processed|how long|did|has|have|was|is it|went through|gone through|been)\b/i;
/** Readings a refund asked for in the imperative is taken for. */
const REFUND_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "refund_status",
  "other",
  "small_talk",
  "complaint",
  "feedback",
]);

/** "I want my keyboard", "i just need my vacuum": their goods wanted, in so few words. */
const WANTS_MINE =
  /^\s*(?:(?:hi|hey|hello|ok(?:ay)?|so|look|listen|honestly)[\s,.!]+)*(?:i|we)\s+(?:just\s+|only\s+|really\s+|still\s+)?(?:want|need|wanna|would like|'d like)\s+(?:my|our)\s+([a-z0-9'-]{2,20}(?:\s+[a-z0-9'-]{2,20}){0,2}?)(?:\s+(?:already|now|asap|please|pls|plz|today|back))*\s*[.!?]*\s*$/i;
/** Not goods, or something else wanted of them: another question. */
const NOT_GOODS =
  /\b(?:cancel\w*|refund\w*|return\w*|replac\w*|deliver\w*|sent|fixed|changed|updated|money|mony|cash|refund|account|password|payment|invoice|receipt|bill|order number|tracking|email|details|data|address|card|points|voucher|discount|coupon|package cancelled|order cancelled|order changed)\b/i;
/** Readings that miss a question about where their goods are. */
const GOODS_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "feedback",
  "small_talk",
  "place_order",
  "product_question",
]);
/** Below this, a reading of "i want my <goods>" as a change is a guess. */
const UNSURE_BELOW = 0.5;

/** "Chargeback", "dispute the charge with my bank": the money back, under a threat. */
const CHARGEBACK =
  /\b(?:charge ?backs?|dispute (?:the |this |my )?(?:charge|payment|transaction)|reverse (?:the |this )?(?:charge|payment))\b|\b(?:dispute|contest|reverse)\s+(?:it|this|that|the \w+)\s+(?:with|through|via)\s+(?:my|the)\s+(?:bank|card (?:company|issuer)|credit card company|paypal)\b|\b(?:call|contact|go to|report (?:you|this|it) to)\s+(?:my|the)\s+(?:bank|card (?:company|issuer)|credit card company)\s+(?:and|to)\s+(?:get|have|dispute|reverse|claim)\b/i;
/** Readings a chargeback threat is taken for when the refund is missed. */
const CHARGEBACK_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "complaint",
  "other",
  "small_talk",
  "payment_issue",
  "feedback",
]);

/** How sure each reading is. */
const CONFIDENCE = 0.75;

/** True when the text asks for a refund in the imperative ("refund my lost vacuum"). */
export function ordersRefund(text: string): boolean {
  return REFUND_VERB.test(text) && !STATUS_WORDS.test(text);
}

/** The goods they want, when the text is "i want my <goods>" and nothing else; else null. */
export function wantedGoods(text: string): string | null {
  const m = WANTS_MINE.exec(text);
  if (!m || NOT_GOODS.test(m[1])) return null;
  return m[1].trim();
}

/** True when the text threatens a chargeback or a disputed charge. */
export function threatensChargeback(text: string): boolean {
  return CHARGEBACK.test(text);
}

/**
 * "Can you refund the extra one" after "I was charged twice": the money of a second charge,
 * which a colleague traces with the payment provider — not a refund of an order (which was
 * answered "refunds are for delivered orders").
 */
const EXTRA_CHARGE =
  /\b(?:refund|money back|reverse|give (?:me )?back|cancel)\b[^.?!]{0,25}\b(?:the |that |this )?(?:extra|second|double|duplicate(?:d)?)\s+(?:one|charge|payment|transaction|amount)\b/i;
/** Readings a refund of a second charge is taken for. */
const CHARGE_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "refund_request",
  "refund_status",
  "cancel_order",
  "other",
]);

/**
 * "Cancel the second one" after a reply that named several orders: the conversation read the
 * place as the order's (`order_pick.ts`), no second charge.
 */
function listPick(reading: IntentEnrichment, text: string): boolean {
  return reading.source === "conversation" && reading.entities.order_ids.length === 1 &&
    /\b(?:the|that)\s+second\s+(?:one|order)\b/i.test(text);
}

/** The reading with the refund and goods questions above read as what they ask. */
export function asRefundAsked(reading: IntentEnrichment, text: string): IntentEnrichment {
  // "Can the refund go to another card?", "did you refund the shipping?" (`refund_money.ts`).
  const money = asRefundMoneyAsked(reading, text);
  if (money !== reading) return money;
  if (CHARGE_MISREAD.has(reading.intent) && EXTRA_CHARGE.test(text) && !listPick(reading, text)) {
    return relabelled(reading, "payment_issue", CONFIDENCE);
  }
  const defect = asDefectReported(reading, text);
  if (defect !== reading) return defect;
  // "Replace both please": the replacement of the orders whose trouble was told.
  const replaced = asReplacementOfOrders(reading, text);
  if (replaced !== reading) return replaced;
  // "How much would I get back for the frother?": that line's refund, asked after.
  const sure = reading.intent === "refund_request" && reading.confidence >= CONFIDENCE;
  if (!sure && asksAmountBack(reading, text)) {
    return relabelled(reading, "refund_request", CONFIDENCE);
  }
  if (REFUND_MISREAD.has(reading.intent) && ordersRefund(text)) {
    return relabelled(reading, "refund_request", CONFIDENCE);
  }
  const wanted = wantedGoods(text);
  const namesGoods = (reading.entities.item_refs?.length ?? 0) > 0 ||
    reading.entities.products.length > 0;
  if (
    wanted && namesGoods &&
    (GOODS_MISREAD.has(reading.intent) || reading.confidence < UNSURE_BELOW)
  ) {
    return relabelled(reading, "order_status", CONFIDENCE);
  }
  if (CHARGEBACK_MISREAD.has(reading.intent) && threatensChargeback(text)) {
    return relabelled(reading, "refund_request", CONFIDENCE);
  }
  return reading;
}
