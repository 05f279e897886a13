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
/**
 * "Can you send me the case?", "could you just send the lid", "pls send me the missing part":
 * the goods named, asked for politely (a question is no obstacle here). Documents, codes and
 * links are no goods: "can you send me the invoice?" asks for a copy, not a replacement.
 */
const SEND_THE_GOODS =
  /^(?:(?:ok(?:ay)?|so|well|hmm+|oh|actually|instead)[\s,.!]+)*(?:(?:can|could|would|will) (?:you|u) (?:just |please |pls )?|(?:just |please |pls )?)(?:send|ship|post|mail)(?: me| us)? (?:over )?(?:the|a|another|one|my|a new|the missing|a replacement) ([a-z][a-z -]{1,30}?)(?: (?:instead|then|please|pls|over))?\s*[?.!]*$/i;
/** What may be sent that is no goods. */
const NOT_GOODS =
  /\b(?:invoice|receipt|label|tracking|link|code|e-?mail|confirmation|copy|details|number|info|information|refund|money|policy|bill|statement|address|message|photo|picture|form|reply|update|notification)s?\b/i;

/** The most words such a reply has. */
const MAX_WORDS = 10;

/** Whether the reply to a waiting refund asks for the goods to be sent instead. */
export function asksToSendInstead(text: string, pending: PendingAction): boolean {
  if (pending.action.type !== "refund") return false;
  if (text.trim().split(/\s+/).length > MAX_WORDS || NOT_SENT.test(text)) return false;
  const goods = text.trim().match(SEND_THE_GOODS)?.[1];
  if (goods && !NOT_GOODS.test(goods)) return true;
  return !/\?/.test(text) && SEND_IT.test(text);
}
