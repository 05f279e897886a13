/**
 * "Thanks, sorry for being rude earlier": the customer's apology, read as the small talk it
 * is (`domain/own_apology.ts`), not as the complaint its words suggest. Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { customerApologises } from "../../domain/own_apology.ts";
import { ownSlip } from "../../domain/own_slip.ts";

/** The apology's reading, or null when the message is not one or the rules read it. */
export function ownApology(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (reading.source === "rules" || reading.intent === "small_talk") return null;
  // "Oh right the frother, my bad": a slip of their own owned, small talk too.
  if (!customerApologises(text) && !ownSlip(text)) return null;
  return {
    ...reading,
    intent: "small_talk",
    confidence: Math.max(reading.confidence, 0.8),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
