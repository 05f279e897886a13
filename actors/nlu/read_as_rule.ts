/**
 * A message read as a question about one of the store's rules (shipping, the policy), by its
 * words or by the rule answered just before: one request, the classifier's reading kept as an
 * alternative. Shared by the store-rule and rule-follow-up readings. Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";

/** The confidence of a rule question read by its words. */
export const RULE_CONFIDENCE = 0.8;

/** The reading as a question about a rule: one request, the classifier's kept as alternative. */
export function readAsRule(
  r: IntentEnrichment,
  intent: "shipping_options" | "policy_question",
  text: string,
): IntentEnrichment {
  return {
    ...r,
    intent,
    confidence: RULE_CONFIDENCE,
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== intent).slice(0, 3),
    requests: [{ intent, confidence: RULE_CONFIDENCE, text, start: 0, end: text.length }],
  };
}
