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

/** "Can you send it?", "could u just send the right one?": the whole message asks for the goods. */
const SEND_IT_ASKED =
  /^\s*(?:ok(?:ay)?[,\s]+|so[,\s]+)?(?:why\s+)?(?:can|could|would|will|can'?t|cant|couldn'?t|won'?t|wont)\s+(?:you|u)\s+(?:just\s+|please\s+|pls\s+|not\s+|simply\s+)?(?:send|ship|post|mail)\s+(?:me\s+)?(?:it|them|that|the (?:right|correct|missing) (?:one|item|ones|items|part|parts|piece|pieces|bit|bits)|a new one|another one)(?:\s+(?:instead|again|please|pls))*\s*\?*\s*$/i;

/**
 * "I want an exchange", "can I exchange it", "swap it pls": for goods that came damaged or
 * wrong an exchange is a replacement (domain/policy_questions.ts: "an item that arrived
 * damaged or wrong is replaced for you"). Not a rate of exchange, nor exchanges turned down.
 */
const EXCHANGE_ASKED =
  /\b(?:(?:an?|the)\s+exchange\b(?!\s+rates?)|exchange\s+(?:it|them|this|that|the \w+|(?:for|with) the (?:right|correct) (?:one|item))\b|^\s*exchange\b|swap\s+(?:it|them|this|that)\b)/i;
const NO_EXCHANGE =
  /\b(?:no|not|don'?t|dont|do not|without)\s+(?:want\s+|need\s+)?(?:an?\s+)?(?:exchange|swap)/i;

/** Whether a short reply asks for an exchange of the goods (see `EXCHANGE_ASKED`). */
export function asksForExchange(text: string): boolean {
  if (text.trim().split(/\s+/).length > MAX_WORDS) return false;
  return EXCHANGE_ASKED.test(text) && !NO_EXCHANGE.test(text);
}

/**
 * Whether a reply to a waiting change of `type` asks for the goods in words the replacement
 * reading (domain/intents.ts) leaves alone: an exchange, or "can you send it?" to a refund.
 */
export function asksGoodsInstead(text: string, type: string): boolean {
  if (type !== "refund" && type !== "return_item") return false;
  if (asksForExchange(text)) return true;
  return type === "refund" && SEND_IT_ASKED.test(text) && !NOT_SENT.test(text);
}

/** Whether the reply to a waiting refund (or return) asks for the goods to be sent instead. */
export function asksToSendInstead(text: string, pending: PendingAction): boolean {
  const type = pending.action.type;
  if (type !== "refund" && type !== "return_item") return false;
  if (asksForExchange(text)) return true;
  if (type !== "refund" || text.trim().split(/\s+/).length > MAX_WORDS) return false;
  if (NOT_SENT.test(text)) return false;
  if (SEND_IT_ASKED.test(text)) return true;
  // "Can you send me the case?": the goods named, asked as a question too.
  const goods = text.trim().match(SEND_THE_GOODS)?.[1];
  if (goods && !NOT_GOODS.test(goods)) return true;
  return !/\?/.test(text) && SEND_IT.test(text);
}
