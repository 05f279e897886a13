/**
 * A reading given another intent by a rule that knows better than the classifier (a question
 * about what was paid, a change of an order's items): the classifier's reading is kept as
 * the first alternative, and a single request follows the new intent.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** `reading` as `intent`, at least `confidence` sure. */
export function relabelled(
  reading: IntentEnrichment,
  intent: Intent,
  confidence: number,
): IntentEnrichment {
  return {
    ...reading,
    intent,
    confidence: Math.max(reading.confidence, confidence),
    alternatives: [
      { intent: reading.intent, confidence: reading.confidence },
      ...reading.alternatives,
    ]
      .filter((a) => a.intent !== intent).slice(0, 3),
    ...(reading.requests && reading.requests.length === 1
      ? { requests: [{ ...reading.requests[0], intent, confidence }] }
      : {}),
  };
}
