/**
 * Short follow-ups on the request the turn before answered, read in its light:
 *
 * - the classifier's unsure reading agrees with that request ("I didn't get the email"
 *   right after the password-reset answer reads, unsurely, as account access): it is that
 *   request, carried on — a support lead would not ask "what would you like to do?";
 * - a bare "why?" / "why not?" / "how come" after an answer about an order asks for the
 *   reason of that answer (a refusal's rule, a delay's cause): the same request, about the
 *   same order.
 *
 * Pure; consulted only where no change waits for a yes and the classifier read no request
 * of its own with confidence.
 */
import type { Entities, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";

/** What the reading needs. */
export interface TopicFollowUpInput {
  text: string;
  reading: IntentEnrichment;
  /** The request the turn before was read as. */
  lastIntent: Intent | null;
  /** The order of the turn before, when there was one. */
  lastOrderId: string | null;
}

/** Below this the classifier's reading is unsure enough to be asked back. */
const UNSURE_BELOW = 0.5;
/** Confidence of a reading carried on from the turn before. */
const CARRIED_CONFIDENCE = 0.8;
/** The most words a follow-up of this kind has. */
const MAX_WORDS = 12;

/** Requests a message can carry on from the turn before: none of a yes, a no or a chat. */
const NOT_CARRIED: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "deny",
  "small_talk",
  "other",
  "human_agent",
  "complaint",
  "feedback",
]);

/** "Why?", "why not?", "but why", "how come?", "why is that": the reason asked, nothing else. */
const WHY =
  /^(?:(?:ok(?:ay)?|hmm+|oh|but|so|and|wait|really)\b[\s,.!?]*)*(?:why(?: not| is that| so| though| tho| exactly)?|how come|what for|on what grounds|what'?s the reason)\s*[?!.]*\s*$/i;

/** The reading carried on from the turn before, or null when the message does not follow up. */
export function topicFollowUp(input: TopicFollowUpInput): IntentEnrichment | null {
  const { text, reading, lastIntent, lastOrderId } = input;
  if (!lastIntent || NOT_CARRIED.has(lastIntent)) return null;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  if (reading.confidence >= UNSURE_BELOW && !NOT_CARRIED.has(reading.intent)) return null;
  // Another order named: the follow-up readers for other orders have it.
  const named = reading.entities.order_ids.filter((id) => id !== lastOrderId);
  if (named.length > 0) return null;
  if (WHY.test(text.trim()) && ORDER_INTENTS.has(lastIntent) && lastOrderId) {
    return carried(reading, lastIntent, withOrder(reading.entities, lastOrderId));
  }
  if (reading.intent === lastIntent && reading.confidence < UNSURE_BELOW) {
    const entities = ORDER_INTENTS.has(lastIntent) && lastOrderId
      ? withOrder(reading.entities, lastOrderId)
      : reading.entities;
    return carried(reading, lastIntent, entities);
  }
  return null;
}

function carried(reading: IntentEnrichment, intent: Intent, entities: Entities): IntentEnrichment {
  const alternatives = [
    { intent: reading.intent, confidence: reading.confidence },
    ...reading.alternatives,
  ].filter((a) => a.intent !== intent).slice(0, 3);
  return {
    ...reading,
    intent,
    confidence: CARRIED_CONFIDENCE,
    alternatives,
    entities,
    source: "conversation",
  };
}

function withOrder(entities: Entities, orderId: string): Entities {
  return entities.order_ids.length > 0 ? entities : { ...entities, order_ids: [orderId] };
}
