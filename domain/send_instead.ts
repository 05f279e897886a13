/**
 * "Yes send it" while a refund waits whose offer named the other way ("if you'd rather have
 * the right item, I can send it free of charge instead"): the customer takes the goods, not
 * the money. Read as a request for the replacement, which is proposed for its own yes. Pure.
 */
import type { PendingAction } from "../shared/protocol.ts";

/** "Send it", "just send them", "pls send it over", "send me that". */
const SEND_IT =
  /\b(?:send|ship|post|mail)\s+(?:me\s+)?(?:it|them|that|those|one|the item|the items|it over|them over)\b/i;
/** "Don't send it", "no need to send it": the goods turned down. */
const NOT_SENT =
  /\b(?:don'?t|dont|do not|no need to|never mind|not)\s+(?:\w+\s+)?(?:send|ship|post|mail)\b/i;
/** The most words such a reply has. */
const MAX_WORDS = 10;

/** Whether the reply to a waiting refund asks for the goods to be sent instead. */
export function asksToSendInstead(text: string, pending: PendingAction): boolean {
  if (pending.action.type !== "refund") return false;
  if (/\?/.test(text) || text.trim().split(/\s+/).length > MAX_WORDS) return false;
  return SEND_IT.test(text) && !NOT_SENT.test(text);
}
