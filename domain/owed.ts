/**
 * "What do I owe you for the monitor?", "how much do I still owe", "what's the amount due",
 * "how much is left to pay": what their orders still wait to be paid, asked. The intent
 * actor reads it as the payment of their order; the reply tells what is unpaid, or that
 * nothing is. Pure.
 */

const OWED =
  /\b(?:what|how much)\s+(?:do|did|does|would)\s+(?:i|we)\s+(?:still\s+)?owe\b|\b(?:amount|balance|payment|money)\s+(?:due|outstanding|owed|owing|left)\b|\b(?:left|remaining|outstanding|still)\s+to\s+pay\b|\bhow much (?:is |do i have )?(?:left|remaining|outstanding)(?: to pay)?\b/i;

/** Whether the text asks what they still owe the store. */
export function asksOwed(text: string): boolean {
  return OWED.test(text);
}
