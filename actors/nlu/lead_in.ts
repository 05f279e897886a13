/**
 * "Sure, but first, how long do refunds take?" with nothing waiting for a yes: the leading
 * "sure, but first" answers nothing and asks nothing, and it turned the question into a
 * refund status of their last order. The words after it are what is asked. Pure.
 */

/** "Sure, but first", "ok but before that", "yes, quick question", "alright, one thing first". */
const LEAD_IN =
  /^\s*(?:sure|ok(?:ay)?|yes|yeah|yep|alright|all right|fine|right|cool)[\s,.!-]+(?:but\s+)?(?:first(?:\s+of\s+all)?|before (?:that|i do|we do)|quick question|one (?:more )?(?:thing|question)(?: first)?)[\s,.:;!-]+(?=\S)/i;

/**
 * "Lol ok. do u sell headphones", "haha alright, where's my order": a laugh and an "ok" that
 * take the answer before in, then the question (the lead had made the classifier unsure).
 */
const LAUGHED_OK =
  /^\s*(?:lol|haha+|lmao|hehe+|ah|oh)[\s,]+(?:ok(?:ay)?|k|alright|fine|cool|right)[\s,.!-]+(?=\S)/i;

/** The message without a leading "sure, but first" (two words or more must follow); else as it is. */
export function withoutLeadIn(text: string): string {
  const m = text.match(LEAD_IN) ?? text.match(LAUGHED_OK);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return (rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2 ? rest : text;
}
