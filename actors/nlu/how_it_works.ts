/**
 * "…, and tell me how returns work", "explain how refunds work": a question about the rules
 * of a change, not the change. Read alone, the part leant on "returns" and became a return of
 * the order talked of, raised again after the first change ("You also asked about returning
 * order ORD-1003"). Pure.
 */

/** "Tell me how returns work", "explain how the refund process works", "how do exchanges work". */
const HOW_IT_WORKS =
  /^\W*(?:(?:and|also|plus|please|pls|then|so|can you|could you|would you|can u|could u)\s+)*(?:(?:tell|show) me|explain(?: to me)?|let me know|remind me)\s+(?:how|what)\s+(?:the\s+|your\s+)?(?:returns?|refunds?|exchanges?|cancell?ations?|cancelling|returning|refunding)\b(?:\s+(?:process|policy|rules))?\s+(?:works?|is|are|looks? like)\b|^\W*(?:(?:and|also|so)\s+)*how\s+(?:do|does)\s+(?:the\s+|your\s+)?(?:returns?|refunds?|exchanges?|cancell?ations?)(?:\s+(?:process|policy))?\s+work\b/i;

/** Whether a part asks how a change works rather than asking for it. */
export function asksHowItWorks(part: string): boolean {
  return HOW_IT_WORKS.test(part.trim());
}
