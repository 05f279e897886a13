/**
 * "Not yet" to a proposed change, then "ok now do it": the "not yet" declined it (nothing
 * changed, and it no longer waits), so the go-ahead found nothing to agree to and was told
 * so. Read here as asking for that change again, about the order it was for: it is proposed
 * afresh and waits for its own yes — a go-ahead after a no never acts by itself. Pure.
 */
import type { Dialogue, Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** The changes a go-ahead after a no asks for again. */
const CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "return_item",
  "refund_request",
  "modify_order",
  "change_address",
]);

/** Words that ask us to act now: "ok now do it", "go ahead now", "ok you can cancel it now". */
const GO_AHEAD_NOW =
  /\b(?:do it|do that|go ahead|go for it|proceed|you can (?:do it|go ahead|cancel it|return it|refund it)|ready)\b/i;

/** The most words such a go-ahead has. */
const MAX_WORDS = 10;

/** Below this the reading's own request gives way (a go-ahead reads as a yes). */
const OWN_REQUEST_MIN = 0.6;

/** The reading as the change declined just before, asked again, when the text goes ahead. */
export function changeAgainAfterNo(
  reading: IntentEnrichment,
  text: string,
  o: {
    dialogue: Partial<Dialogue> | null | undefined;
    lastIntent?: Intent | null;
    pending: PendingAction | null;
  },
): IntentEnrichment {
  const topic = o.dialogue?.topic ?? null;
  const focus = o.dialogue?.focus?.order_id ?? null;
  if (o.pending || o.lastIntent !== "deny" || !topic || !CHANGES.has(topic) || !focus) {
    return reading;
  }
  const yes = reading.intent === "affirm" || reading.intent === topic ||
    reading.confidence < OWN_REQUEST_MIN;
  if (!yes || text.trim().split(/\s+/).length > MAX_WORDS || !GO_AHEAD_NOW.test(text)) {
    return reading;
  }
  if (reading.entities.order_ids.some((id) => id !== focus)) return reading;
  return {
    ...relabelled(reading, topic, 0.8),
    entities: { ...reading.entities, order_ids: [focus] },
    source: "conversation",
  };
}
