/**
 * The customer owning a slip of their own once we explained something: "oh right the
 * frother, my bad", "ahh yes the milk frother, silly me", "oh duh, forgot about the frother"
 * after a charge was broken down line by line. It asks nothing and reports no trouble; read
 * alone its words ("bad", "forgot") looked like a complaint, which offered a supervisor. Pure.
 */

/** Words that own the slip: "my bad", "silly me", "duh", "I forgot". */
const OWNED =
  /\b(?:my bad|silly me|my mistake|my fault|my error|duh|d'?oh|(?:totally |completely )?forgot about (?:the|that|my)\b|brain fart|that explains it|makes sense now)\b/i;
/** Signs the message goes on to ask or report something. */
const MORE =
  /[?]|\b(?:but|where|when|why|how|can you|could you|please|pls|refund|cancel|return|replace|still|again|broken|missing|wrong|damaged|not|never|didn'?t|doesn'?t|password|email|account|log ?in|sign(?:ed)? in|code|order (?:the|a|some|another|more))\b/i;
/** The most characters such a message has. */
const MAX_LENGTH = 90;

/** Whether the whole message owns a slip of the customer's own and asks nothing. */
export function ownSlip(text: string): boolean {
  const t = text.trim().replace(/[‘’]/g, "'");
  return t.length > 0 && t.length <= MAX_LENGTH && OWNED.test(t) && !MORE.test(t);
}
