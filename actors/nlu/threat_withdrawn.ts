/**
 * A threat told as given up: "I was going to leave a 1 star review but your colleague fixed
 * everything, so 5 stars instead :)", "I nearly did a chargeback, glad I didn't". The threat's
 * words made the message critical and a delighted VIP was queued, urgently, with an apology.
 * Told as an intention of the past that something put right, it threatens nothing. Pure.
 */

/** The intention of the past: "I was going to", "I was about to", "I nearly", "I almost". */
const MEANT =
  /\b(?:i|we)\s+(?:was|were|had been|'d been)\s+(?:going to|gonna|about to|ready to|planning (?:on|to)|tempted to|(?:so|this) close to|on the verge of)\b|\b(?:i|we)\s+(?:almost|nearly)\b|\bwas (?:going to|gonna|about to)\b/i;

/** What put it right, after it: "but", "instead", "glad I didn't", "no need now". */
const GIVEN_UP =
  /\b(?:but|instead|however|thankfully|luckily|fortunately|glad (?:i|we) didn'?t|no need (?:now|anymore)|not anymore|changed my mind)\b/i;

/**
 * Whether the threat in `text` is told as given up: said between the intention and what put
 * it right, and not again after ("I was going to wait but I'm calling my lawyer" still is one).
 */
export function threatGivenUp(text: string, threatens: (words: string) => boolean): boolean {
  const meant = MEANT.exec(text);
  if (!meant) return false;
  const rest = text.slice(meant.index + meant[0].length);
  const turn = GIVEN_UP.exec(rest);
  if (!turn) return false;
  return threatens(rest.slice(0, turn.index)) && !threatens(rest.slice(turn.index));
}
