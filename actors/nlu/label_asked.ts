/**
 * "When do i get the label", "can you send the label again", "i lost the label": a return's
 * label asked for, whatever the classifier guessed from "get" and "send" (a purchase, an
 * invoice, a delivery problem). Read as the return it belongs to; the reply sends the label
 * of the return already opened (`actors/response/label_again.ts`). Pure.
 */
import type { Dialogue, IntentEnrichment } from "../../shared/protocol.ts";
import { asksLabel } from "../../domain/label_asked.ts";

/** The return reading of a label asked for, or null. */
export function labelAsked(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (reading.intent === "return_item" || reading.intent === "policy_question") return null;
  if (reading.source === "rules" || !asksLabel(text)) return null;
  return {
    ...reading,
    intent: "return_item",
    confidence: Math.max(reading.confidence, 0.75),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}

/**
 * "When do i get the label" right after a return was opened or talked of: that return's
 * label, not the rules' answer on labels the general reading gives it. Null otherwise.
 */
export function labelOfReturn(
  reading: IntentEnrichment,
  text: string,
  dialogue: Pick<Dialogue, "done" | "topic"> | null | undefined,
): IntentEnrichment | null {
  const returned = dialogue?.done?.type === "return_item" || dialogue?.topic === "return_item";
  if (!returned || reading.intent !== "policy_question") return null;
  if (!labelAsked({ ...reading, intent: "other" }, text)) return null;
  return { ...reading, intent: "return_item", requests: undefined };
}
