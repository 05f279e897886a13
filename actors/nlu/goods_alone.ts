/**
 * "and the keyboard? can you refund that too", "what about my shoes": goods named alone in a
 * part of a message point at what the rest asks, whatever they read as alone (praise, a
 * product, a rule). Pure.
 */
import type { Intent, IntentRequest } from "../../shared/protocol.ts";

/** A request's reading alone. */
export function pick(r: IntentRequest): { intent: Intent; confidence: number } {
  return { intent: r.intent, confidence: r.confidence };
}

/** What goods named alone read as when they only point at the rest's request. */
const POINTED_AS: ReadonlySet<Intent> = new Set<Intent>([
  "feedback",
  "product_question",
  "policy_question",
  "small_talk",
  "other",
]);

/** A part that only names goods: "and the keyboard?", "what about my shoes". */
const GOODS_ALONE =
  /^\W*(?:(?:and|also|plus|oh|so|then|what about|how about|as for)\s+)*(?:the|my|that|those|these|this)\s+(?:[\p{L}\d-]+\s*){1,4}[?!.\s]*$/iu;

/** A part that only names an order: "Hi, my order ORD-1003", "re: order #1003". */
const ORDER_ALONE =
  /^\W*(?:(?:hi|hey|hello|re|regarding|about|so|ok(?:ay)?)\b[\s,:.!-]*)*(?:(?:my|the|your|this)\s+)?(?:order\s*(?:number|no\.?|nr\.?)?\s*[:#]?\s*(?:ord-?)?\d{3,}|ord-?\d{3,})\s*[,.:;!?-]*\s*$/i;

/** Whether a part only names goods, read alone as something they only point with. */
export function pointsAtRest(intent: Intent, part: string): boolean {
  // "Hi, my order ORD-1003, can you change the address…": the order the rest is about.
  if (ORDER_ALONE.test(part)) return POINTED_AS.has(intent) || intent === "order_status";
  return GOODS_ALONE.test(part) && !SAYS_SOMETHING.test(part) && POINTED_AS.has(intent);
}

/** A verb in the part: "the frother died" tells something, it does not only name goods. */
const SAYS_SOMETHING =
  /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|died|dead|broke|broken|arrived|came|come|works?|stopped|leaks?|makes?|smells?|looks?|got|get|need|want|can|could|will|would|never|not)\b|\w(?:ed|ing)\b/i;
