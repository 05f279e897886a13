/**
 * "Can you hold the order till then?", "will my order be cancelled if I don't pay today?",
 * "how long do you keep it": how long an unpaid order waits for its payment. Pure.
 */

const HOLD_ASKED = [
  // "Can you hold the order till friday", "keep it for me until i pay", "reserve it till then".
  /\b(?:hold|keep|reserve|save)\s+(?:on\s+to\s+)?(?:the|my|this|that|it|them|order)\b[^.?!]{0,30}\b(?:until|till|til|for|while|through|over|a (?:few|couple)|(?:one|two|a) more)\b/i,
  // "Will my order be cancelled if I don't pay today".
  /\b(?:be|get|gets)\s+cancel+ed\b[^.?!]{0,20}\bif\s+i\s+(?:don'?t|do not|can'?t|cannot|haven'?t)\s+(?:pay|paid)\b/i,
  // "What happens to my monitor order if I don't pay?", "what if i just never pay for 2002".
  /\bwhat\b[^.?!]{0,40}\bif\s+i\s+(?:just\s+)?(?:don'?t|dont|do not|never|can'?t|cant|cannot|won'?t|wont)\s+(?:ever\s+)?pay\b/i,
  // "If i dont pay for the monitor does it get cancelled?", "…what happens?".
  /\bif\s+i\s+(?:just\s+)?(?:don'?t|dont|do not|never|can'?t|cant|won'?t|wont)\s+pay\b[^.?!]{0,40}\b(?:cancel+(?:ed|led)?|happens?)\b/i,
  // "How long do you hold it", "how long will you keep my order".
  /\bhow long (?:do|will|can|would) (?:you|u|ya) (?:hold|keep|reserve)\b/i,
  /\bhow long (?:is|will) (?:the|my) order (?:held|kept|reserved)\b/i,
  // "And if it doesn't show up by friday?", "what if the transfer hasn't arrived by then".
  /\bif\s+(?:it|the\s+(?:payment|transfer|money))\s+(?:doesn'?t|does\s+not|hasn'?t|has\s+not|won'?t|never|isn'?t)\s+(?:show(?:n|ed)?\s+up|arrive[ds]?|come|go(?:ne)?\s+through|clear(?:ed)?|turn(?:ed)?\s+up|there)\b/i,
];

/**
 * "How long do I have before the order gets cancelled?", "when does it get cancelled":
 * the day an unpaid order is let go — a store cancels no paid order by itself.
 */
const CANCEL_DEADLINE =
  /\bhow (?:long|many days|much time) (?:do|have|will) i (?:have|got|get)(?: left)? (?:before|until|till|til)\b[^.?!]{0,40}\bcancel+(?:ed|led)?\b|\bhow long (?:before|until|till) (?:the|my|it|this|that)\b[^.?!]{0,30}\b(?:gets?|is|will be|be) (?:auto(?:matically|[- ])?)?cancel+(?:ed|led)\b|\bwhen (?:does|will|would) (?:the|my|it|this|that)\b[^.?!]{0,30}\b(?:get|be) (?:auto(?:matically|[- ])?)?cancel+(?:ed|led)\b/i;

/** Whether the message asks until when an order is kept before it is cancelled. */
export function asksCancelDeadline(text: string): boolean {
  return text.length <= 240 && CANCEL_DEADLINE.test(text);
}

/** Whether the message asks how long an order waits for its payment. */
export function asksHold(text: string): boolean {
  return text.length <= 240 &&
    (HOLD_ASKED.some((re) => re.test(text)) || CANCEL_DEADLINE.test(text));
}
