/**
 * Thanks that lead a question: "Thanks so much for your help yesterday! Quick follow up - did
 * the refund for the frother go through?". Read whole, the thanks made it small talk: the
 * reply thanked back twice ("Hi Sarah! You're welcome, Sarah! Anything else I can help
 * with?") around the answer. The question is what is asked; the thanks is answered in a word
 * before the answer. Thanks for something of the order ("thanks for approving my refund! when
 * should it arrive?") name what the question is about, and are left to be read with it. Pure.
 */

/** A sentence of thanks and nothing else, ended by "!" or "." (or a dash). */
const THANKS_SENTENCE =
  /^\s*(?:(?:hi|hey|hello)[\s,!]+)?(?:thanks|thank you|thank u|thx|ty|tysm|many thanks|cheers)(?:\s+(?:so|very)\s+much|\s+a (?:lot|ton|million|bunch))?(?:\s+(?:for|4)\s+(?:(?:all\s+)?(?:your|the|ur)\s+(?:\w+\s+)?(?:help|reply|response|answer|patience|time|support|assistance|info|information)|everything|helping(?: me)?(?: out)?|getting back to me)(?:\s+(?:yesterday|earlier|today|before|last time|the other day))?)?(?:\s+(?:yesterday|earlier|today))?\s*(?:[.!]+|\s-+|:)\s*/i;

/**
 * "Thanks for the quick refund last time!", "thank you for sorting my return the other day.":
 * thanks for something past, said by its time — thanked, not asked about again.
 */
const THANKS_PAST =
  /^\s*(?:(?:hi|hey|hello)[\s,!]+)?(?:thanks|thank you|thank u|thx|ty|tysm|many thanks|cheers)(?:\s+(?:so|very)\s+much|\s+a (?:lot|ton|million|bunch))?\s+(?:for|4)\s+(?:[\w']+\s+){1,5}?(?:last time|the other day|yesterday|earlier|last week|last month)\s*(?:[.!]+|\s-+|:)\s*/i;

/** "Quick follow up -", "one more thing:", "also,": what announces the question after. */
const ANNOUNCED =
  /^(?:(?:a |one )?(?:quick |small )?(?:follow[- ]?up|q(?:uestion)?|thing|more thing|other thing)(?: question)?|also|btw|by the way|oh and|and)\b[\s,.:;!-]*/i;

/** A question by its first word. */
const ASKS =
  /^(?:how|what|whats|what's|when|where|wheres|where's|why|who|which|can|could|will|would|is|are|was|were|do|does|did|has|have|any)\b/i;

/**
 * The thanks leading the message (with what announces the question), or null when the
 * message does not open with a sentence of thanks before a question of three words or more.
 */
export function thanksLead(text: string): string | null {
  const m = THANKS_SENTENCE.exec(text) ?? THANKS_PAST.exec(text);
  if (!m) return null;
  let lead = m[0];
  const announced = ANNOUNCED.exec(text.slice(lead.length));
  if (announced) lead += announced[0];
  const rest = text.slice(lead.length);
  const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words >= 3 && ASKS.test(rest) ? lead : null;
}
