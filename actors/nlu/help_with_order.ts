/**
 * "I need help with my vacuum order", "can you help me with ORD-3001", "question about my
 * headphones order": help asked with an order, nothing said yet of what ("a problem with my
 * order" is a problem: `vague_problem.ts`). The order's status
 * is the place to start (its news, and what can be done with it), not a question which of
 * three requests they meant. Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";

const GREETING = String.raw`(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))[\s,.!-]+)?`;
const ASKING = String
  .raw`(?:(?:i|we)\s+(?:need|want|would like|'d like|d like)\s+(?:some\s+)?|(?:can|could)\s+(?:you|u|someone)\s+|please\s+|pls\s+)?`;
const ORDER = String
  .raw`(?:my|the|this|that|our|an?)\s+(?:[\p{L}\d-]+\s+){0,3}?order(?:\s+(?:ORD-?\s?\d+|#?\d{3,}))?|ORD-?\s?\d+|order\s+#?\d{3,}`;
const TAIL = String.raw`(?:[\s,]+(?:please|pls|plz|thanks|thx|ty))?\s*[.!?]*\s*$`;

const HELP_WITH = new RegExp(
  String
    .raw`^\s*${GREETING}${ASKING}(?:some\s+)?help(?:\s+me)?\s+(?:with|regarding|about|on)\s+(?:${ORDER})${TAIL}`,
  "iu",
);
const QUESTION_ABOUT = new RegExp(
  String
    .raw`^\s*${GREETING}(?:i\s+have\s+)?(?:(?:a|an|one)\s+)?(?:quick\s+)?(?:question|query)\s+(?:about|regarding|with|on)\s+(?:${ORDER})${TAIL}`,
  "iu",
);

/** Whether the message only asks for help with an order. */
export function asksHelpWithOrder(text: string): boolean {
  return text.length <= 120 && (HELP_WITH.test(text) || QUESTION_ABOUT.test(text));
}

/** The status reading of help asked with an order, or null. */
export function helpWithOrder(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (reading.source === "rules" || !asksHelpWithOrder(text)) return null;
  if (reading.intent === "order_status" && reading.confidence >= 0.6) return null;
  return {
    ...reading,
    intent: "order_status",
    confidence: Math.max(reading.confidence, 0.7),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
