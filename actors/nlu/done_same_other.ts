/**
 * "And the other pending one too", "same for ORD-11225", "cancel that one too" right
 * after a change was carried out (the dialogue's `done`): the same change asked for another
 * order — a request of that change's kind, proposed for the other order with its own yes —
 * not the other order's status, which the classifier reads in an order named alone. Pure.
 */
import type { DoneChange, IntentEnrichment } from "../../shared/protocol.ts";
import { asksSameForAnother } from "../../domain/same_for.ts";
import { namesOtherKind, REQUEST_OF } from "./same_for_other.ts";

/**
 * "What about my other order?" after a change is done asks where it stands as often as for
 * the same change: left to the classifier (while a change waits, it is the same change).
 */
const WHAT_ABOUT = /\b(?:what|how) about\b/i;

/** The reading of "the other one too" after a change was done, or null when it is not that. */
export function doneSameOtherReading(
  reading: IntentEnrichment,
  text: string,
  done: DoneChange | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  if (pending || !done?.order_id) return null;
  const intent = REQUEST_OF[done.type];
  if (!intent || reading.intent === intent || WHAT_ABOUT.test(text)) return null;
  if (namesOtherKind(text, intent)) return null;
  const named = [
    ...reading.entities.order_ids,
    ...(reading.entities.order_refs ?? []).map((r) => r.id),
  ].filter((id) => id !== done.order_id && !(done.also ?? []).includes(id));
  if (!asksSameForAnother(text, named.length > 0)) return null;
  return {
    ...reading,
    intent,
    confidence: Math.max(reading.confidence, 0.85),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    source: "conversation",
    entities: {
      ...reading.entities,
      order_ids: reading.entities.order_ids.filter((id) => id !== done.order_id),
    },
  };
}
