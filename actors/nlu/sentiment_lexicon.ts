/**
 * The lexicon reading of mood: wink-nlp's sentiment score (which handles negation, emoji
 * and emoticons) adjusted by the signals of support language. The learned model
 * (`sentiment_model.ts`) takes this score as one of its features.
 */
import { detectSignals, type SentimentSignals } from "./sentiment_signals.ts";
import { type ReadText, readText, type Wink } from "./wink.ts";

/** The lexicon's reading of one message. */
export interface LexiconReading {
  /** −1…1. */
  score: number;
  signals: SentimentSignals;
  /** wink's reading of the original text (tokens, raw sentiment). */
  read: ReadText;
}

/**
 * Courtesy and shop words that wink's general lexicon scores as moods but that carry none
 * in a support chat ("please cancel", "ok go ahead", "help me log in", "a gift by mistake").
 * Negated uses ("not right", "not ok") are kept, so their negative reading survives.
 */
const COURTESY =
  /(?<!\b(?:not|never|n't|nt) (?:\w+ )?)\b(please|pls|plz|kindly|want|wants|yes|ok|okay|go ahead|correct|right|help|free|sure|hope|straight|fine|like|good (?:morning|afternoon|evening|day|night)|ahead|cancel|charged|stop|pay|gift|guarantee|safe|big|mistake|accident|accidentally|block|kill)\b/gi;

/** Scores one message with wink's lexicon and the support signals. */
export function lexiconSentiment(nlp: Wink, text: string): LexiconReading {
  const read = readText(nlp, text);
  const scored = readText(nlp, text.replace(/[’‘`]/g, "'").replace(COURTESY, "the"));
  const signals = detectSignals(text, read.tokens);
  // The mean over sentences dilutes one angry sentence among neutral ones ("I want a
  // refund. Terrible service."), so the strongest sentence counts half.
  const strongest = scored.sentenceSentiments.reduce(
    (best, s) => (Math.abs(s) > Math.abs(best) ? s : best),
    0,
  );
  let score = 0.5 * scored.sentiment + 0.5 * strongest;
  // General questions ("is the candle cruelty free?") are not moods.
  if (signals.hypothetical) score *= 0.4;
  // "Could you recommend a good pillow?" is a request, not delight.
  if (signals.request && !signals.gratitude && score > 0) score = Math.min(score * 0.35, 0.15);
  const trouble = (signals.problem ? 1 : 0) + (signals.waiting ? 1 : 0) + (signals.threat ? 1 : 0);
  if (trouble > 0) {
    // A reported problem outweighs polite words ("thanks, but it still hasn't arrived").
    score = Math.min(score, 0.1) - 0.3 * trouble;
  }
  if (signals.emphasis > 0 && Math.abs(score) > 0.05) score *= 1 + 0.25 * signals.emphasis;
  return { score: Math.max(-1, Math.min(1, score)), signals, read };
}
