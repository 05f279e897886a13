/**
 * The lexicon reading of mood: VADER's valence over wink's tokens (`valence.ts`), wink's
 * own score where VADER has nothing to say (emoji), adjusted by the signals of support
 * language. The learned model (`sentiment_model.ts`) takes these as features, and the
 * score sets how strong the final reading is.
 */
import { detectSignals, type SentimentSignals } from "./sentiment_signals.ts";
import { scoreValence, type Valence } from "./valence.ts";
import { type ReadText, readText, type Wink } from "./wink.ts";

/** The lexicon's reading of one message. */
export interface LexiconReading {
  /** −1…1. */
  score: number;
  signals: SentimentSignals;
  valence: Valence;
  /** wink's reading of the text (tokens, raw sentiment). */
  read: ReadText;
  /** The text as read (escapes and entities decoded, quotes straightened). */
  text: string;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/**
 * Undoes what copying and exporting do to text: literal `\u2019` escapes, HTML entities,
 * curly apostrophes (wink and the patterns expect straight ones).
 */
export function cleanText(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&(amp|lt|gt|quot);/g, (m) => ENTITIES[m])
    .replace(/[’‘`]/g, "'");
}

/** Scores one message with the lexicons and the support signals. */
export function lexiconSentiment(nlp: Wink, raw: string): LexiconReading {
  const text = cleanText(raw);
  const read = readText(nlp, text);
  const signals = detectSignals(text, read.tokens);
  const valence = scoreValence(read.tokens, text);
  // VADER knows words and slang, wink knows emoji: the strongest of the two leads.
  let score = valence.hits > 0
    ? 0.8 * valence.compound + 0.2 * read.sentiment
    : 0.6 * read.sentiment;
  // General questions ("is the candle cruelty free?") are not moods.
  if (signals.hypothetical) score *= 0.4;
  // "Could you recommend a good pillow?" is a request, not delight.
  if (signals.request && !signals.gratitude && score > 0) score = Math.min(score * 0.35, 0.15);
  const trouble = (signals.problem ? 1 : 0) + (signals.waiting ? 1 : 0) + (signals.threat ? 1 : 0);
  if (trouble > 0) {
    // A reported problem outweighs polite words ("thanks, but it still hasn't arrived"), and
    // makes a message without mood words mildly negative ("I can't log in").
    score = Math.min(score, 0.1 - 0.25 * trouble);
  }
  return { score: Math.max(-1, Math.min(1, score)), signals, valence, read, text };
}
