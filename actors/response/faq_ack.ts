/**
 * "Ok ill check the code", "alright I'll try that" right after an FAQ answer: the customer
 * takes the advice away and asks nothing, so the reply is a short go-ahead — not a clarifying
 * question about what they meant. Pure.
 */
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** An acknowledgement that says what they will do now, and asks nothing. */
const WILL_TRY =
  /^\s*(?:(?:ok(?:ay)?|k|kk|alright|all right|right|cool|got it|fine|sure|thanks|thx)\b[\s,.!-]*)+(?:then\s+)?(?:i'?ll|ill|i will|will)\s+(?:try|check|do|look|give|have|see|test|retype|type|ask)\b[^?]{0,60}$/i;

/** The go-ahead to an acknowledgement right after an FAQ answer, or null. */
export function faqAcknowledged(v: TurnView, tone: Tone): Draft | null {
  if (!v.faq || v.pending || !WILL_TRY.test(v.text)) return null;
  if (v.entities.order_ids.length > 0) return null;
  return draft("ack_after_answer", tone, [
    "Sure — if it still doesn't work, just tell me here and I'll help you further.",
  ]);
}
