/**
 * "And the second matter?", "what about the other thing?", "ok, the next one" right after a
 * reply raised a change put off ("You also asked about the replacement for order ORD-3002.
 * Shall I look at that now?"): the customer asks for it — the yes it waits for. It had been
 * "that's outside what I can help with", and the change was let go. Pure.
 */
import type { Dialogue, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";

/** The other request asked for by its place: "the second matter", "the other thing". */
const ASKS_FOR_IT =
  /^\s*(?:(?:and|so|ok(?:ay)?|now|then|right|great|thanks|thank you|what about|how about|on to)\b[\s,.!]*)*(?:(?:the|my|your|that)\s+)?(?:second|other|next|2nd)\s+(?:matter|thing|issue|one|request|question|point|problem|part|item)\b(?:\s+(?:then|now|please|pls))?\s*[?.!]*\s*$/i;

/** The yes to a change put off and raised again, asked for by its place; else null. */
export function deferredAsked(
  reading: IntentEnrichment,
  text: string,
  dialogue: Partial<Dialogue> | null | undefined,
  pending: PendingAction | null,
): IntentEnrichment | null {
  if (pending || !ASKS_FOR_IT.test(text)) return null;
  if (!(dialogue?.deferred ?? []).some((d) => d.raised)) return null;
  return {
    ...reading,
    intent: "affirm",
    confidence: 0.9,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }]
      .filter((a) => a.intent !== "affirm"),
    source: "conversation",
  };
}
