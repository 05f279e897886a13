/**
 * "I wanna close my account after this refund is done": an account's change wished for in
 * the customer's own words, a request of its own beside the rest (talk42). Pure.
 */
import type { Intent } from "../../shared/protocol.ts";

/** "I want to", "i wanna", "I'd like to", "I need to": a wish of the customer's own. */
const OWN_WISH =
  /^\W*(?:(?:so|and|also|but|oh|btw)\s+)*i\s*(?:wanna|want to|would like to|'d like to|d like to|need to|have to|gotta)\b/i;

/** An account's change wished for in the customer's words, read at least half-surely. */
export function ownAccountWish(
  read: { intent: Intent; confidence: number },
  part: string,
): boolean {
  const account = read.intent === "account_update" || read.intent === "account_access";
  return account && read.confidence >= 0.4 && OWN_WISH.test(part);
}
