/**
 * "Is my shoe order paid?", "was i charged for the shoes yet?", "have you taken the money for
 * the headphones": whether the payment of an order of theirs was taken — its payment state,
 * not help with a payment that failed. Pure.
 */
const CHARGED_ASKED =
  /\b(?:is|has|was|were|are)\s+(?:my|the|this|that|it|order|ord-?\s?\d+|\d{4,})(?:\s+[\w-]+){0,3}?\s+(?:been\s+)?paid\b|\b(?:was|were|have|has|did|am)\s+(?:i|we|you)\s+(?:been\s+|already\s+)?(?:charged|billed|debited)\b|\b(?:did|have|has)\s+(?:you|u|it)\s+(?:already\s+)?(?:charge[d]?|bill(?:ed)?|take|taken|took)\s+(?:me|the\s+(?:money|payment)|my\s+(?:money|payment))\b|\b(?:did|has|have)\s+(?:my|the)\s+payment\s+(?:go(?:ne)?|went|come|came)\s+through\b|\b(?:did|have|has)\s+(?:you|u|you guys)\s+(?:get|got|gotten|receive[d]?)\s+(?:my|the)\s+(?:payment|money|transfer)\b|\b(?:did|has|have)\s+(?:my|the)\s+(?:payment|money|transfer)\s+(?:arrive[d]?|come in|came in|reach(?:ed)? you)\b/i;

/** Whether the message asks if an order's payment was taken. */
export function asksIfCharged(text: string): boolean {
  // "Why was I charged 349?", "charged twice": the amount or a second charge is the question.
  if (
    /\bwhy\b|\btwice\b|\bdouble\b|\bagain\b|\d/i.test(text.replace(/ORD-?\s?\d+|\b\d{4}\b/gi, ""))
  ) {
    return false;
  }
  return text.length <= 200 && CHARGED_ASKED.test(text);
}
