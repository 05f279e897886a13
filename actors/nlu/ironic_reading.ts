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
  if (!PRAISING.has(r.intent) || !ironicPraise(text)) return r;
  const rest = (r.requests ?? []).filter((q) => !PRAISING.has(q.intent));
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
  // Alone, it is thanks in irony: the small-talk reply apologises and offers two ways on.
  if (r.intent === "small_talk") return r;
  return {
    ...r,
    intent: "small_talk",
    alternatives: [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
      .filter((a) => a.intent !== "small_talk").slice(0, 3),
    requests: [{
      intent: "small_talk",
      confidence: r.confidence,
      text,
      start: 0,
      end: text.length,
    }],
  };
}
