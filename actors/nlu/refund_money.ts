/**
 * Questions about money coming back that the classifier reads as the wrong request (talk40):
 * - "can the refund go to a different card?", "refund me to my new card, the old one expired",
 *   "as store credit instead?", "which card does the refund go to": where a refund goes — the
 *   store's rule (it goes back the way they paid), not a refund asked for and proposed.
 * - "did you refund the shipping too?", "was the postage refunded": a refund already made,
 *   asked about — its status from the order, not the rule's "yes, a refund covers shipping".
 * - "I cancelled my order, when do I get my money back?": their own refund's status, not
 *   the rule (a clarifying question between the two).
 * Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { asksRefundDestination } from "../../domain/refund_destination.ts";

/** Readings a question about where a refund goes is taken for. */
const DESTINATION_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "refund_request",
  "refund_status",
  "payment_methods",
  "payment_issue",
  "other",
  "small_talk",
]);

/** "Did you refund the shipping", "was postage refunded", "have you refunded the delivery fee". */
const SHIPPING_REFUNDED =
  /\b(?:did|have|has)\s+(?:you|u|ya|they|it)\s+(?:also\s+)?(?:refund(?:ed)?|include[ds]?|pa(?:y|id) back)\b[^.?!]{0,30}\b(?:shipping|postage|delivery (?:fee|cost|charge))\b|\b(?:was|were)\s+(?:the\s+)?(?:shipping|postage|delivery (?:fee|cost|charge))(?:\s+fee)?\s+(?:also\s+)?(?:refunded|included|paid back)\b|\b(?:did|does) (?:the|my) refund (?:also )?(?:include|cover)\b/i;
/** Their own order cancelled or sent back, said in the past: the refund is theirs. */
const OWN_PAST =
  /\b(?:i|we|you)\s+(?:already\s+|just\s+)?(?:cancel+ed|returned|sent (?:it|them|\w+) back)\b[^.?!]{0,40}|\b(?:my|the) order (?:was|got|has been) cancel+ed\b/i;
/** A question about when the money comes back. */
const WHEN_MONEY =
  /\b(?:when|how (?:long|soon))\b[^.?!]{0,30}\b(?:money|refund|paid back|reimburs\w*)\b/i;
/** A rule asked in the abstract: "if I cancel", "would I get", "do you refund". */
const HYPOTHETICAL = /\b(?:if|would|will i get|do you)\b/i;

/** How sure each reading is. */
const CONFIDENCE = 0.8;

/** The reading with where a refund goes, and a refund already made, read as asked. */
export function asRefundMoneyAsked(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (DESTINATION_MISREAD.has(reading.intent) && asksRefundDestination(text)) {
    return relabelled(reading, "policy_question", CONFIDENCE);
  }
  if (
    reading.intent === "policy_question" && SHIPPING_REFUNDED.test(text) &&
    !HYPOTHETICAL.test(text)
  ) {
    return relabelled(reading, "refund_status", CONFIDENCE);
  }
  if (
    reading.intent === "policy_question" && OWN_PAST.test(text) && WHEN_MONEY.test(text) &&
    !HYPOTHETICAL.test(text.replace(OWN_PAST, ""))
  ) {
    return relabelled(reading, "refund_status", CONFIDENCE);
  }
  return reading;
}
