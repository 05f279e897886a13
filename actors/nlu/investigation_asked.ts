/**
 * "Fine whatever, do the investigation then", "open an investigation", "can you get the
 * carrier to look for it": a carrier investigation asked for in so many words — a delivery
 * problem, whose reply proposes it — not a yes to nothing (no change waits) or a product
 * question. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** An investigation, or the carrier set to look for the parcel. */
const INVESTIGATION =
  /\b(?:do|open|start|launch|file|raise|begin|request|want|need|get)\b[^.?!]{0,20}\binvestigation\b|\binvestigate\b|\b(?:carrier|courier|fedex|ups|dhl|usps)\b[^.?!]{0,20}\b(?:look (?:for|into)|chase|trace|find)\b|\b(?:chase|trace)\b[^.?!]{0,12}\b(?:carrier|courier|parcel|package|it|fedex|ups|dhl|usps)\b/i;
/** Asked about, not asked for: "how long does an investigation take". */
const QUESTION = /\b(?:how long|what happens|what is|what's|how does|how do)\b/i;

/** Readings an investigation asked for is mistaken for. */
const MISTAKEN: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "other",
  "product_question",
  "small_talk",
  "order_status",
  "policy_question",
]);

/** The delivery problem reading of an investigation asked for, or null. */
export function investigationAsked(
  reading: IntentEnrichment,
  text: string,
): IntentEnrichment | null {
  if (!MISTAKEN.has(reading.intent) || text.length > 160) return null;
  if (!INVESTIGATION.test(text) || QUESTION.test(text)) return null;
  return {
    ...reading,
    intent: "delivery_problem",
    confidence: Math.max(reading.confidence, 0.75),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
