/**
 * "Why was my order cancelled?", "why'd my monitor order get canceled", "why did you cancel
 * ORD-10320", "how come it got cancelled": a question about a cancellation that happened —
 * never a request to cancel (nor a payment problem). "Why can't I cancel it?" is the rule's
 * question, not this one. Pure.
 */

/** A reason asked for. */
const WHY = /\b(?:why|how come|what happened|whats? the reason)\b/i;
/** "Why can't I…", "why won't you…": the ability, not what happened. */
const ABILITY = /\bwhy\s+(?:can'?t|cannot|can not|won'?t|couldn'?t|can i|can you|cant)\b/i;
/** A cancellation told as done: "was cancelled", "got canceled", "did you cancel", "you cancelled". */
const DONE = new RegExp(
  String
    .raw`\b(?:(?:was|were|is|are|got|get|gets|getting|been|has been|'s|'d|d)\s+(?:[\w#'-]+\s+){0,3}?` +
    String.raw`(?:cancell?ed|canceled|cancelld|canclled)` +
    String
      .raw`|(?:did|would|'d)\s+(?:you|u|ya|they|y'?all|someone|somebody|it|my order)\s+(?:\w+\s+)?cancel` +
    String.raw`|(?:you|u|they|you guys|someone)\s+(?:cancell?ed|canceled))\b`,
  "i",
);

/** Whether the customer asks why an order was cancelled. */
export function asksWhyCancelled(text: string): boolean {
  return text.length <= 200 && WHY.test(text) && DONE.test(text) && !ABILITY.test(text);
}
