/**
 * "Can I just change the address instead?" while the cancellation of that order waits:
 * another change asked for in place of the one waiting; or "no, but when will it ship?":
 * the change turned down before another request. The waiting change is dropped
 * (`withdraws_pending`), so that the customer's next "yes" — meant for the new change —
 * never carries out the one they turned from. Pure.
 */
import type { Intent } from "../../shared/protocol.ts";

/** Requests that change an order (the answer to one is proposed for its own yes). */
const CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "delivery_problem",
  "shipping_options",
]);

/** "Instead", "rather", "in place of": the new change replaces the one waiting. */
const INSTEAD =
  /\b(?:instead|rather(?: than| not)?|in place of|in stead|insted|(?:let'?s|lets) not)\b/i;

/**
 * Whether a request read in a reply to a waiting change takes the place of that change:
 * a change to an order, said to be instead of the one waiting.
 */
export function replacesPending(text: string, intent: Intent): boolean {
  return CHANGES.has(intent) && INSTEAD.test(text);
}

/** A reply that opens with a no: "no, but when will it ship?", "nah I'll keep it, …". */
const LEADING_NO =
  /^\s*(?:no+|nope|nah|no thanks|no thank you|(?:i'?ve |i have )?changed my mind|never ?mind|forget it|leave it|don'?t (?:cancel|do (?:it|that)|bother|change|return|refund)|i'?ll keep (?:it|them))\b/i;

/**
 * Whether a reply that makes a request of its own turns the waiting change down first ("no
 * I've changed my mind, I'll keep them, but can you tell me when they'll ship?"): the
 * request is answered and the change is dropped, not asked about again.
 */
export function turnsDownFirst(text: string): boolean {
  return LEADING_NO.test(text);
}
