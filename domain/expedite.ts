/**
 * A wish for an order to come faster, in the customer's words: "expedite", "speed it up",
 * "faster", "rush", "express". Read by the response (an expedite proposal) and by the
 * decision router (the store's own remedy before a person). Pure.
 */

/** Words that ask for an order to come faster. */
export const WANTS_FASTER =
  /\b(expedit|speed (it |this |them )?up|faster|quicker|upgrade|overnight|express|rush|sooner|hurry (it |this )?up)/i;

/** Whether the words ask for an order to come faster. */
export function wantsFaster(text: string): boolean {
  return WANTS_FASTER.test(text);
}
