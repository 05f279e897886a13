/**
 * "And when do I get my money?", "how long till I see my money", "where's my money": when
 * a refund reaches them — a refund's status, which the classifier, missing the word
 * "refund", reads unsurely as out of scope or as a payment problem. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** When or where their money comes back. */
const MONEY_BACK =
  /\b(?:when|how (?:long|lng|soon)|how many days|what day)\b[^?.!]{0,30}\b(?:get|see|receive|have|be (?:back|refunded))\b[^?.!]{0,20}\b(?:money|mony|monie|cash)\b|\bwhere(?:'?s| is)\s+(?:my|the)\s+(?:money|mony|cash)\b|\b(?:money|mony) back\b[^?.!]{0,20}\b(?:when|yet|how long)\b/i;
/** Money they are to pay, not money back: "when do I pay the money", "money for the order". */
const PAYING = /\b(?:pay|paying|owe|charge[ds]?)\b/i;

/** Readings a question about money coming back is taken for, when unsure. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "small_talk",
  "feedback",
  "payment_issue",
  "payment_methods",
]);
/** Below this the reading is unsure enough to be read again. */
const UNSURE_BELOW = 0.6;
/** How sure the question is about a refund's status. */
const CONFIDENCE = 0.8;

/** The reading with "when do I get my money?" read as a refund's status. */
export function asMoneyBackAsked(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent) || reading.confidence >= UNSURE_BELOW) return reading;
  if (!MONEY_BACK.test(text) || PAYING.test(text)) return reading;
  return relabelled(reading, "refund_status", CONFIDENCE);
}
