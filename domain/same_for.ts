/**
 * "Same for 2001", "do the same for the other one", "the other order too" while a change
 * waits: the same change asked for another order besides the one waiting — both are
 * proposed under one yes. Words only; the intent actor reads the request, the response
 * drafts the change for each order. Pure.
 */

/** "Same for …", "same thing with …", "ditto for …", "do the same to …". */
const SAME_FOR =
  /\b(?:same|ditto)\b(?:\s+(?:thing|deal|again|here|one))?(?:\s+(?:please|pls|plz))?\s+(?:for|with|on|to)\b/i;
/** "… too", "… as well", "… also" ending the message. */
const TOO = /\b(?:too|as well|also|aswell)(?:\s+(?:please|pls|plz|thanks|thx))?\s*[.!?]*\s*$/i;
/** "The other one", "my other order". */
const OTHER = /\b(?:the|my|your)\s+other(?:\s+(?:one|order|parcel|package))?\b/i;
/** "What about 1001?", "actually how about the other one": the change asked of it too. */
const WHAT_ABOUT =
  /^\s*(?:(?:actually|ok(?:ay)?|and|oh|hmm+|so|wait)[\s,.]+)*(?:what|how) about\b/i;
/** "Not the same", "don't do the same": no request for more. */
const NOT_SAME = /\b(?:not|don'?t|dont|never)\b[^.?!]{0,12}\bsame\b/i;

/**
 * Whether the words ask for the same change for another order: "same for …", "what about
 * …", or an order (named, or "the other one") with "too" at the end. Said while a change
 * waits, both orders are proposed under one yes ("just 1001" then narrows it). `namesOrder`: the message names one.
 */
export function asksSameForAnother(text: string, namesOrder: boolean): boolean {
  const t = text.trim();
  if (t.split(/\s+/).length > 12 || NOT_SAME.test(t)) return false;
  const another = namesOrder || OTHER.test(t);
  return another && (SAME_FOR.test(t) || TOO.test(t) || WHAT_ABOUT.test(t));
}
