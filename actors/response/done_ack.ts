/**
 * "Great", "perfect!", "awesome thanks" right after "Done — the return is open": the shopper
 * acknowledges the change just carried out. Read alone the word is praise, and the reply was
 * "That's lovely to hear… leave a review on the product page" — about no product. Answered as
 * the acknowledgement it is. Null for anything longer, or when nothing was just carried out.
 * Pure.
 */
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** A word or two of acknowledgement, with thanks or not. */
const ACK =
  /^\s*(?:(?:oh|ok(?:ay)?|ah)[\s,]+)?(?:great|perfect|awesome|brilliant|cool|nice|excellent|amazing|lovely|fantastic|sweet|super|wonderful|fab|splendid)(?:\s+(?:thanks|thank you|thx|ty|cheers|stuff|one))?\s*[!.]*\s*(?:[🙂😊👍🙏]\s*)*$/iu;

/** The reply to an acknowledgement of the change just carried out, or null. */
export function doneAcknowledged(v: TurnView, tone: Tone): Draft | null {
  if (!v.done || v.pending || v.lastIntent !== "affirm" || !ACK.test(v.text)) return null;
  const name = v.name ? `, ${v.name}` : "";
  return draft("done_ack", tone, [`Glad that's sorted${name}! Anything else I can help with?`]);
}
