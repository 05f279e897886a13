/**
 * Whether a question asks for a yes or a no ("can i return sale items?", "do you refund
 * shipping?", "sale items returnable?") or for an account of something ("how do returns work
 * for sale items", "tell me about returning discounted items"), and which way a yes-or-no
 * question leans ("are sale items final sale?" is answered "No —" when they can be returned).
 * A policy answer opens with "Yes —" or "No —" only to a question that asked for one. Pure.
 */

/** Opens with a word that asks for a yes or a no. */
const AUXILIARY =
  /^(?:(?:hi|hello|hey|ok|okay|so|and|also|quick question|just wondering|um+|hmm+|but|wait)[\s,.!]+)*(?:can|could|may|do|does|did|is|are|was|were|will|would|should|shall|am|have|has|any|is there|are there)\b/i;
/** Opens with a word that asks for an account: how, what, when, tell me… */
const ACCOUNT =
  /^(?:(?:hi|hello|hey|ok|okay|so|and|also|quick question|just wondering|um+|hmm+|but|wait)[\s,.!]+)*(?:how|what|whats|what's|when|where|which|why|who|tell me|explain|i'?d like to know|i want to know|i was wondering how|walk me)\b/i;
/** "…right?", "…correct?": a statement asked back for a yes. */
const TAG = /\b(?:right|correct|yes|yeah|isn'?t it|is it|don'?t they|do they|won'?t it)\s*\?\s*$/i;

/** True when `text` asks for a yes or a no. */
export function asksYesOrNo(text: string): boolean {
  const t = text.trim();
  if (TAG.test(t) || AUXILIARY.test(t)) return true;
  if (ACCOUNT.test(t)) return false;
  // "Sale items returnable?": a terse question with no question word asks for a yes or no.
  return /\?\s*$/.test(t);
}

/**
 * The answer `rest` (a sentence written to follow "Yes — ") opened for the question asked:
 * "Yes — " to a yes-or-no question, nothing to a question asking how or what.
 */
export function openedForQuestion(text: string, rest: string, word = "Yes"): string {
  if (asksYesOrNo(text)) return `${word} — ${rest}`;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
