/**
 * Sentiment of a customer message: wink-nlp's lexicon score (which already handles
 * negation, emoji and emoticons) adjusted by the signals of support language.
 *
 * Why wink-nlp: it is maintained, typed, ships its English model inside the npm package,
 * and gives sentence boundaries, negation scope, emoji and a tokenizer that the intent
 * classifier reuses. `npm:sentiment` (AFINN) scores words alone with a crude negation
 * rule and no sentences; `npm:vader-sentiment` handles caps, "!!!" and intensifiers but is
 * a thin, long-unmaintained port with no tokenizer to share. No extra package is needed.
 */
import type { SentimentEnrichment, Urgency } from "../../shared/protocol.ts";
import { detectSignals } from "./sentiment_signals.ts";
import { readText, type Wink } from "./wink.ts";

/** Score at or below which a message reads as negative. */
export const NEGATIVE_AT = -0.15;
/** Score at or above which a message reads as positive. */
export const POSITIVE_AT = 0.2;

/**
 * Courtesy and shop words that wink's general lexicon scores as moods but that carry none
 * in a support chat ("please cancel", "ok go ahead", "help me log in", "a gift by mistake").
 * Negated uses ("not right", "not ok") are kept, so their negative reading survives.
 */
const COURTESY =
  /(?<!\b(?:not|never|n't|nt) (?:\w+ )?)\b(please|pls|plz|kindly|want|wants|yes|ok|okay|go ahead|correct|right|help|free|sure|hope|straight|fine|like|good (?:morning|afternoon|evening|day|night)|ahead|cancel|charged|stop|pay|gift|guarantee|safe|big|mistake|accident|accidentally|block|kill)\b/gi;

/** Reads the sentiment of one message. */
export function analyseSentiment(nlp: Wink, text: string): SentimentEnrichment {
  const scored = text.replace(/[’‘`]/g, "'").replace(COURTESY, "the");
  const read = readText(nlp, scored);
  const signals = detectSignals(text, readText(nlp, text).tokens);
  // The mean over sentences dilutes one angry sentence among neutral ones ("I want a
  // refund. Terrible service."), so the strongest sentence counts half.
  const strongest = read.sentenceSentiments.reduce(
    (best, s) => (Math.abs(s) > Math.abs(best) ? s : best),
    0,
  );
  let score = 0.5 * read.sentiment + 0.5 * strongest;
  // General questions ("is the candle cruelty free?") are not moods.
  if (signals.hypothetical) score *= 0.4;

  const trouble = (signals.problem ? 1 : 0) + (signals.waiting ? 1 : 0) + (signals.threat ? 1 : 0);
  if (trouble > 0) {
    // A reported problem outweighs polite words ("thanks, but it still hasn't arrived").
    score = Math.min(score, 0.1) - 0.3 * trouble;
  }
  if (signals.emphasis > 0 && Math.abs(score) > 0.05) score *= 1 + 0.25 * signals.emphasis;
  score = Math.max(-1, Math.min(1, score));

  const label = score <= NEGATIVE_AT ? "negative" : score >= POSITIVE_AT ? "positive" : "neutral";
  const urgency = urgencyOf(label, score, signals);
  const isComplaint = signals.threat || signals.waiting ||
    (label === "negative" && (signals.problem || score <= -0.35));
  return {
    label,
    score: round(score),
    urgency,
    is_complaint: isComplaint,
    confidence: round(confidenceOf(label, score, trouble)),
    signals: signals.names,
  };
}

function urgencyOf(
  label: string,
  score: number,
  s: { threat: boolean; waiting: boolean; urgent: boolean; emphasis: number },
): Urgency {
  if (s.threat) return "critical";
  if (label === "negative") {
    if (s.waiting || s.urgent || s.emphasis >= 1 || score <= -0.6) return "high";
    return "medium";
  }
  if (s.urgent || s.waiting) return "medium";
  return "low";
}

function confidenceOf(label: string, score: number, trouble: number): number {
  if (label === "neutral") {
    // Nearer the middle of the neutral band is surer.
    const band = score < 0 ? -NEGATIVE_AT : POSITIVE_AT;
    return 0.55 + 0.4 * (1 - Math.min(1, Math.abs(score) / band));
  }
  const margin = label === "negative" ? NEGATIVE_AT - score : score - POSITIVE_AT;
  return Math.min(0.99, 0.6 + 0.5 * margin + 0.05 * trouble);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
