/**
 * Where a refund goes, asked: "can the refund go to a different card?", "as store credit
 * instead?", "which card does it go to", "my old card expired". The store's rule is that a
 * refund goes back the way the order was paid (`domain/policy.ts`); the NLU reads such a
 * question as one about that rule, and the reply names the way of the order in question.
 * Pure.
 */

/** Another way for the money than the one paid with, or which way it goes. */
const DESTINATION =
  /\b(?:to|on|onto|into|in|as|via|through)\s+(?:a\s+|an\s+|my\s+|the\s+)?(?:different|another|other|new|second|replacement|diff)\s+(?:credit\s+|debit\s+|bank\s+)?(?:card|account|bank|payment method|paypal)\b|\b(?:as|in|into|for)\s+(?:a\s+)?(?:store credit|gift ?card|voucher|credit note|account credit)\b|\b(?:which|what)\s+(?:card|account|payment method|bank account)\b[^.?!]{0,40}\b(?:go|goes|going|sent|paid|back|refund\w*|land)\b|\bwhere (?:does|will|is) (?:the |my |it |that )?(?:refund|money)?\s*(?:go|going|be sent|be paid)\b|\b(?:old|previous)\s+card\b[^.?!]{0,30}\b(?:expired|cancel+ed|closed|blocked|lost|stolen)\b|\b(?:closed|cancel+ed)\s+(?:that|my|the)\s+(?:old\s+)?(?:card|account|bank account)\b|\binstead of (?:the |my )?(?:card|paypal|bank|account|original)\b|\b(?:to|on|onto|into) (?:my )?(?:paypal|apple pay|bank account|(?:credit |debit )?card) instead\b/i;
/** Money coming back, named: the refund, "my money". */
const MONEY_WORDS = /\b(?:refund\w*|money|reimburs\w*|paid back|credited)\b/i;
/** Paying, not money back: "can I pay with another card", "checkout on a new card". */
const PAYING = /\b(?:pay|paying|checkout|check out|buy|purchase|order with|use)\b/i;
/** The old card or account gone: expired, closed, replaced, lost. */
const GONE =
  /\b(?:expired|closed|cancel+ed|blocked|lost|stolen|replaced|no longer (?:have|use)|doesn'?t exist|new card)\b/i;

/** Whether the text asks where a refund goes (another card, store credit, which account). */
export function asksRefundDestination(text: string): boolean {
  if (!DESTINATION.test(text)) return false;
  // "Which card does it go to?" after a refund: a card, and no paying.
  return MONEY_WORDS.test(text) || (/\b(?:card|account)\b/i.test(text) && !PAYING.test(text));
}

/** Whether the text says the card or account paid with is gone (expired, closed…). */
export function paidWayGone(text: string): boolean {
  return GONE.test(text);
}
