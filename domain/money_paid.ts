/**
 * Whether a customer says they paid ("I paid for ORD-2002", "I have the bank statement") and
 * speaks of no refund: the money they ask after is then their payment. Read by the intent
 * actor (a refund's status is no request of such a message) and by the payment reply (a
 * payment the customer says they made and we have not received is traced by a person).
 */

/** The customer says they paid. */
const SAYS_PAID =
  /\b(?:i|we) (?:have |'ve |already |did )?(?:paid|payed|sent (?:the|my) (?:money|payment)|transferred)\b|\bi'?ve (?:already )?(?:paid|payed)\b|\bpayment (?:went|has gone|was sent|left)\b|\b(?:money|amount) (?:has |was )?(?:left|taken from) my (?:account|card|bank)\b|\bbank statement\b/i;

/** Words of a refund or a return: then the money may well be a refund's. */
const REFUND_WORDS =
  /\b(?:refund\w*|money back|reimburs\w*|return\w*|sent (?:it|them) back|cancel\w*)\b/i;

/** Whether the message says the customer paid and speaks of no refund. */
export function moneyIsPayment(text: string): boolean {
  return SAYS_PAID.test(text) && !REFUND_WORDS.test(text);
}
