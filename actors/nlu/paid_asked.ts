/**
 * "How much did I pay for the espresso machine?" asks what the customer's own order cost —
 * the order's total, told by the status answer — not the ways to pay or a product's price,
 * which the classifier may read in the words "pay" and "how much".
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { PAID_ASKED } from "../../domain/dialogue.ts";
import { relabelled } from "./relabel.ts";
import { asksIfCharged } from "../../domain/charged_asked.ts";
import { asksOwed } from "../../domain/owed.ts";

/** Readings the question about what they paid is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_methods",
  "payment_issue",
  "product_question",
  "other",
  "place_order",
]);

/** Readings the question of what they still owe is taken for. */
const OWED_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  ...MISREAD,
  "small_talk",
  "order_status",
  "policy_question",
]);

/** How sure the question about what they paid is an order question. */
const CONFIDENCE = 0.8;

/** The reading with a question about what they paid read as one about their order. */
export function asPaidQuestion(reading: IntentEnrichment, text: string): IntentEnrichment {
  // "What do I owe you for the monitor?", "how much is left to pay": their order's payment.
  if (OWED_MISREAD.has(reading.intent) && asksOwed(text)) {
    return relabelled(reading, "payment_issue", CONFIDENCE);
  }
  if (!MISREAD.has(reading.intent) && reading.intent !== "order_status") return reading;
  // "Is my monitor order paid?": whether their order's payment is in, however unsure.
  // "Have you taken the money for the headphones", read as a product question.
  const charged = asksIfCharged(text) && reading.intent !== "payment_issue" &&
    reading.intent !== "order_status";
  if ((PAID_STATUS.test(text) && reading.confidence < CONFIDENCE) || charged) {
    return relabelled(reading, "payment_issue", CONFIDENCE);
  }
  if (!MISREAD.has(reading.intent) || !PAID_ASKED.test(text)) return reading;
  return relabelled(reading, "order_status", CONFIDENCE);
}

/**
 * "Is my monitor order paid?", "has ORD-2002 been paid yet", "did my payment go through?",
 * "is the payment in": whether the payment of their order has arrived.
 */
const PAID_STATUS =
  /^(?:(?:hi|hey|hello|ok|so|and|quick question)\b[\s,.!-]*)*(?:is|has|was|were|are)\s+(?:my|the|this|that|it|order|ord-?\s?\d+|\d{4,})(?:\s+[\w-]+){0,3}?\s+(?:been\s+)?paid(?:\s+for)?(?:\s+(?:yet|already|now|or not))?\s*[?!.]*\s*$|^(?:(?:hi|hey|ok|so|and)\b[\s,.!-]*)*(?:did|has|have)\s+(?:my|the)\s+payment(?:\s+(?:for|of)\s+[\w\s-]{1,30}?)?\s+(?:go(?:ne)? through|arrive[d]?|come through|clear(?:ed)?)\s*(?:yet)?\s*[?!.]*\s*$|^(?:is|was)\s+(?:my|the)\s+payment\s+(?:in|through|received|ok|done)\s*(?:yet)?\s*[?!.]*\s*$/i;
