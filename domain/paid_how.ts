/**
 * "What payment did I use for 3002?", "which card did i pay with", "how did I pay for it":
 * how an order of theirs was paid — a question about that order's payment, not about the
 * ways the store takes. Pure.
 */

/** The words of the question. */
const HOW_PAID =
  /\b(?:what|which)\s+(?:payment(?: method)?|card|way|method)\s+(?:did|have)\s+i\s+(?:use|used|pay)|\bhow\s+did\s+i\s+pay\b|\bwhat\s+did\s+i\s+pay\s+(?:with|by)\b|\bwhat\s+did\s+i\s+use\s+(?:to pay|for|with)\b|\b(?:paid|charged)\s+(?:it\s+)?(?:with|on|to)\s+which\s+card\b/i;

/** Whether the message asks how an order of theirs was paid. */
export function asksHowPaid(text: string): boolean {
  return HOW_PAID.test(text);
}
