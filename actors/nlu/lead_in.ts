/**
 * "Sure, but first, how long do refunds take?" with nothing waiting for a yes: the leading
 * "sure, but first" answers nothing and asks nothing, and it turned the question into a
 * refund status of their last order. The words after it are what is asked. The same for "ok
 * and how much was my order": the nod and its "and" ask nothing. Pure.
 */
import { apologyLead } from "../../domain/own_apology.ts";
import { thanksLead } from "../../domain/thanks_lead.ts";
import { askedInstead } from "../../domain/chat_talk.ts";

/** "Sure, but first", "ok but before that", "yes, quick question", "alright, one thing first". */
const LEAD_IN =
  /^\s*(?:sure|ok(?:ay)?|yes|yeah|yep|alright|all right|fine|right|cool)[\s,.!-]+(?:but\s+)?(?:first(?:\s+of\s+all)?|before (?:that|i do|we do)|quick question|one (?:more )?(?:thing|question)(?: first)?)[\s,.:;!-]+(?=\S)/i;

/**
 * "Lol ok. do u sell headphones", "haha alright, where's my order": a laugh and an "ok" that
 * take the answer before in, then the question (the lead had made the classifier unsure).
 */
const LAUGHED_OK =
  /^\s*(?:lol|haha+|lmao|hehe+|ah|oh)[\s,]+(?:ok(?:ay)?|k|alright|fine|cool|right)[\s,.!-]+(?=\S)/i;

/**
 * "Ah sorry, wrong shop.", "oops my bad, that was another website": the message before was
 * not meant for us; what follows is ("my keyboard is what i wanted to ask about").
 */
const WRONG_PLACE =
  /^\s*(?:(?:ah|oh|oops|whoops|lol|haha+|omg)[\s,.!-]+)*(?:(?:sorry|soz|my bad|my mistake)[\s,.!-]+)?(?:(?:that was|i was (?:on|in)|i meant|i thought (?:this|you) (?:was|were))\s+)?(?:the\s+|a\s+)?(?:wrong|another|a different|different|other)\s+(?:shop|store|site|website|account|chat|company|tab|window|brand|retailer)(?:\s+(?:i think|lol|haha|sorry|oops|my bad))*[\s,.!:;-]+(?=\S)/i;

/**
 * "Ok and", "thanks, so", "cool but": a nod to the last answer and a joining word before a
 * question of its own ("ok and how much was my order" read as feedback, wholly unsure).
 */
const ACK_AND =
  /^\s*(?:ok(?:ay)?|k+|alright|all right|right|cool|great|thanks|thank you|thx|ty|got it|i see|hmm+|oh)[\s,.!-]+(?:and|so|but|also)\s+/i;
/** "Quick q,", "quick question:", "one question -": a question announced. */
const QUICK_QUESTION =
  /^\s*(?:(?:a|one|just a|just one)\s+)?(?:quick|small|little)\s+(?:q|qq|question|qn|one)\b[\s,.:;!?-]+(?=\S)/i;

/**
 * A rest that asks or requests by its first word. "Ok and the other one?" only names
 * something: its "and" asks the same again, which the follow-up readers read.
 */
const ASKS_ITSELF =
  /^(?:how|what|whats|what's|when|where|wheres|where's|why|who|which|can|could|will|would|is|are|was|were|do|does|did|i|i'?d|i'?m|please|pls|cancel|refund|return|change|send|track)\b/i;

/**
 * The message without a leading "sure, but first", "sorry to bother you again!" (their own
 * apology, which asks nothing: `apologyLead`), "thanks so much for your help yesterday!"
 * (`thanksLead`) or "lol ok" (two words or more must
 * follow), or without a leading "ok and" before a question of three words or more; else as
 * it is.
 */
export function withoutLeadIn(text: string): string {
  // "That's not what I asked, I asked about apple pay": the question, asked again.
  const instead = askedInstead(text);
  if (instead) return instead;
  const and = text.match(ACK_AND);
  if (and) {
    const rest = text.slice(and[0].length);
    const words = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words >= 3 && ASKS_ITSELF.test(rest)) return rest;
  }
  const sorry = apologyLead(text) ?? thanksLead(text);
  if (sorry) return withoutLeadIn(text.slice(sorry.length));
  // "Quick q, does ORD-1003 ship soon?": the announcement of a question is none.
  const quick = text.match(QUICK_QUESTION);
  if (quick && ASKS_ITSELF.test(text.slice(quick[0].length))) return text.slice(quick[0].length);
  const m = text.match(LEAD_IN) ?? text.match(LAUGHED_OK) ?? text.match(WRONG_PLACE);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2 ? rest : text;
}
