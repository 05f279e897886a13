/**
 * "Is that guaranteed?", "what if it doesn't come by then?" right after an answer about an
 * order's delivery: the order's status again, in whose light the reply says what the
 * estimate is worth (`domain/estimate_doubt.ts`). Read alone, "guaranteed" asks about the
 * warranty and "what if" about the whole return policy. Pure; consulted where no change
 * waits for a yes and no question of ours waits.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { asksIfMissed, doubtsEstimate } from "../../domain/estimate_doubt.ts";

/** Answers that give a parcel's delivery estimate. */
const GAVE_ESTIMATE: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "delivery_problem",
  "shipping_options",
]);

/** Confidence of the reading carried on. */
const CARRIED_CONFIDENCE = 0.8;

/** What the reading needs. */
export interface EstimateReadingInput {
  text: string;
  reading: IntentEnrichment;
  /** The request the turn before was read as. */
  lastIntent: Intent | null;
  /** The order of the turn before, when there was one. */
  lastOrderId: string | null;
}

/** The order's status, asked again as a doubt about its estimate; null when it is not one. */
export function estimateDoubtReading(input: EstimateReadingInput): IntentEnrichment | null {
  const { text, reading, lastIntent, lastOrderId } = input;
  if (!lastIntent || !GAVE_ESTIMATE.has(lastIntent) || !lastOrderId) return null;
  const named = reading.entities.order_ids.filter((id) => id !== lastOrderId);
  if (named.length > 0 || reading.entities.products.length > 0 || !doubtsEstimate(text)) {
    return null;
  }
  const alternatives = [
    { intent: reading.intent, confidence: reading.confidence },
    ...reading.alternatives,
  ].filter((a) => a.intent !== "order_status").slice(0, 3);
  return {
    ...reading,
    intent: "order_status",
    confidence: CARRIED_CONFIDENCE,
    alternatives,
    entities: { ...reading.entities, order_ids: [lastOrderId] },
    source: "conversation",
  };
}

/**
 * "And if it doesn't?" while a question of ours waits (the speed-up offered beside an
 * estimate in time): the estimate missed, read so; anything else is left to that question.
 */
export function missedEstimate(input: EstimateReadingInput): IntentEnrichment | null {
  return asksIfMissed(input.text) ? estimateDoubtReading(input) : null;
}

/** A parcel's own coming: payments "arrive" and "show up" too, they never "come" or "get here". */
const PARCEL_COMES =
  /\b(?:come|comes|coming|get here|gets here|turn up|turns up|be delivered|make it|be here)\b/i;
/** Words of a payment: then it is the payment that may not come. */
const PAYMENT_WORDS = /\b(?:transfer|payment|paid|pay|money|funds|bank|refund)\b/i;

/**
 * "Ok and if it doesn't come this week?" after a turn that answered where an order is beside
 * a way to pay (the turn's reading was the payment): the parcel's estimate missed, not the
 * payment — read against the order of that answer (the dialogue's topic and focus).
 */
export function parcelMissedAfterPayment(
  input: EstimateReadingInput & { topic: Intent | null },
): IntentEnrichment | null {
  const { text, topic } = input;
  if (!topic || !GAVE_ESTIMATE.has(topic)) return null;
  if (!PARCEL_COMES.test(text) || PAYMENT_WORDS.test(text) || !asksIfMissed(text)) return null;
  return estimateDoubtReading({ ...input, lastIntent: topic });
}
