/**
 * Questions about money coming back that the classifier reads as the wrong request (talk40;
 * where a refund goes — "to a different card?" — stays a refund request, as the labelled sets
 * have it, and is answered by `actors/response/refund_destination.ts`):
 * - "did you refund the shipping too?", "was the postage refunded": a refund already made,
 *   asked about — its status from the order, not the rule's "yes, a refund covers shipping".
 * - "which card does it go to?" (read as out of scope): where the refund goes, its status.
 * - "I cancelled my order, when do I get my money back?": their own refund's status, not
 *   the rule (a clarifying question between the two).
 * Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

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

/** "Which card does it go to?": where money goes back, read as out of scope. */
const WHICH_WAY_BACK =
  /^\s*(?:and\s+|so\s+|ok\s+)?(?:which|what)\s+(?:card|account|bank account)\s+(?:does|will|is)\s+(?:it|that|the refund|the money)\s+(?:go(?:ing)?|be sent|land|come back)\b(?:\s+(?:to|on|back))?\s*\??\s*$/i;

/** "Can it go on my PayPal instead of the card?": the money's way swapped, no refund named. */
const WAY_SWAPPED =
  /\b(?:go|goes|be sent|be paid|come back|be refunded|land)\s+(?:on|to|onto|into|back to)\s+(?:my\s+)?(?:paypal|apple pay|bank account|(?:other |new |another )?card|account)\s+instead of\s+(?:the|my)\s+(?:card|paypal|bank(?: account)?|account)\b/i;
/** Readings a swapped way for the money is taken for. */
const SWAP_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_issue",
  "payment_methods",
  "other",
  "change_address",
]);

/** "I returned it last week", "we already sent the frother back": a return told as done. */
const RETURN_TOLD =
  /^\s*(?:(?:but|well|um+|so|and)\s+)?(?:i|we)(?:'ve| have)?\s+(?:already\s+|just\s+)?(?:returned|sent (?:it|them|the \w+(?: \w+)?) back|posted (?:it|them|the \w+) back|mailed (?:it|them|the \w+) back)\b/i;
/** Asking for a return, or how to: not one told as done. */
const RETURN_ASKED = /(?:can|could|how|want|need|would like|please|pls|help)|\?/i;

/** How sure each reading is. */
const CONFIDENCE = 0.8;

/** The reading with where a refund goes, and a refund already made, read as asked. */
export function asRefundMoneyAsked(reading: IntentEnrichment, text: string): IntentEnrichment {
  // The way money goes back, asked: the rule (answered with the order's own way).
  if (SWAP_MISREAD.has(reading.intent) && WAY_SWAPPED.test(text)) {
    return relabelled(reading, "policy_question", CONFIDENCE);
  }
  // "I returned it last week" after "I don't see a refund yet": where that return stands.
  if (reading.intent === "return_item" && RETURN_TOLD.test(text) && !RETURN_ASKED.test(text)) {
    return relabelled(reading, "refund_status", CONFIDENCE);
  }
  if (reading.intent === "other" && WHICH_WAY_BACK.test(text)) {
    return relabelled(reading, "refund_status", CONFIDENCE);
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
