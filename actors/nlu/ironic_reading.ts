/**
 * "Wow thanks a lot, my keyboard is late AGAIN. great service": praise said in irony
 * (`sarcasm.ts`) is no feedback to thank the customer for — the reply had thanked them for
 * "the honest feedback" and offered a review. The praise is dropped from the requests, and
 * the trouble beside it is what the message asks about; praise in irony alone is thanks in
 * irony (small talk, which the reply answers with an apology). Pure.
 */
import type { IntentEnrichment } from "../../shared/protocol.ts";
import { ironicPraise } from "./sarcasm.ts";

/** Readings that praise or thank: what irony turns around. */
const PRAISING = new Set(["feedback", "small_talk"]);

/** The reading without praise said in irony; the reading as it was for sincere praise. */
export function withoutIronicPraise(r: IntentEnrichment, text: string): IntentEnrichment {
  const praising = PRAISING.has(r.intent) || (r.requests ?? []).some((q) => PRAISING.has(q.intent));
  if (!praising || !ironicPraise(text)) return r;
  const rest = (r.requests ?? []).filter((q) => !PRAISING.has(q.intent));
  // "Perfect. Just perfect. My keyboard still isn't here": the trouble leads already.
  if (!PRAISING.has(r.intent)) return { ...r, requests: rest };
  if (rest.length > 0) {
    const [first] = rest;
    return {
      ...r,
      intent: first.intent,
      confidence: first.confidence,
      alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
        .filter((a) => a.intent !== first.intent).slice(0, 3),
      requests: rest,
    };
  }
  // "Love how my keyboard is late": the trouble praised in irony is what they tell us.
  if (LATE.test(text)) return asRequest(r, text, "delivery_problem");
  // Alone, it is thanks in irony: the small-talk reply apologises and offers two ways on.
  if (r.intent === "small_talk") return r;
  return asRequest(r, text, "small_talk");
}

/** Words of a parcel that is late, lost or broken. */
const LATE =
  /\b(?:late|delayed|lost|broken|damaged|missing|never (?:came|arrived|showed)|still (?:not|no|nothing|hasn'?t|isn'?t)|waiting (?:\d+|a|an|one|two|three|four|five|six) (?:days?|weeks?|months?))\b/i;

function asRequest(
  r: IntentEnrichment,
  text: string,
  intent: "small_talk" | "delivery_problem",
): IntentEnrichment {
  return {
    ...r,
    intent,
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== intent).slice(0, 3),
    requests: [{ intent, confidence: r.confidence, text, start: 0, end: text.length }],
  };
}
