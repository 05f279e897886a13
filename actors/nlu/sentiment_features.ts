/**
 * The features the sentiment model learns from, in two groups. The words (stems, negated
 * stems, stem bigrams), scaled to unit length, say what the message is about and how its
 * writers felt in the examples. The lexicon readings (VADER's valence, wink's own score,
 * Pattern's review adjectives, valences induced from word vectors for the words neither
 * rates)
 * and the support signals keep fixed weights, so a long message does not dilute them and
 * the model can weigh a lexicon against the words it learned. Ids, numbers, amounts,
 * emails, links and mentions give no feature at all: an order number carries no mood.
 */
import { bigramFeature, type FeatureVector, negatedFeature, wordFeature } from "./features.ts";
import { readInduced } from "./induced_valence.ts";
import { readOpinion } from "./opinion_lexicon.ts";
import type { SentimentSignals } from "./sentiment_signals.ts";
import type { Valence } from "./valence.ts";
import type { ReadText } from "./wink.ts";

const WEIGHT = { word: 1, negated: 0.7, bigram: 0.6 };
/** Weight of the lexicon and signal features against the unit-length words. */
const LEX = 0.6;

/** What the sentiment features are built from. */
export interface SentimentInputs {
  read: ReadText;
  valence: Valence;
  signals: SentimentSignals;
  /** The text as read. */
  text: string;
}

const SKIPPED = new Set(["email", "number", "currency", "url", "mention", "punctuation", "symbol"]);

/** Words whose next three words are negated (VADER's window; wink's own scope runs on). */
const NEGATIONS = new Set(["not", "no", "never", "without", "nothing", "nobody", "none", "cannot"]);

/** Function words that do carry mood, kept when stop words are dropped. */
const KEEP = new Set([
  "not",
  "no",
  "never",
  "nor",
  "but",
  "very",
  "too",
  "more",
  "most",
  "less",
  "least",
  "only",
  "again",
  "still",
  "against",
  "why",
  "should",
  "cannot",
]);

/**
 * Builds the sentiment feature vector of a message. Wink's stop words ("was", "this", "a")
 * are left out but for those in KEEP: as features they taught the model the genre of our
 * own examples more than their mood ("this is", "was" read as complaints).
 */
export function sentimentFeatures(
  { read, valence, signals, text }: SentimentInputs,
): FeatureVector {
  const words = new Map<string, number>();
  const add = (name: string, w: number) => words.set(name, Math.max(words.get(name) ?? 0, w));
  let prev = "<s>";
  let scope = 0;
  for (const t of read.tokens) {
    const negated = scope > 0;
    if (t.type === "punctuation") scope = 0;
    else if (scope > 0) scope--;
    if (NEGATIONS.has(t.normal)) scope = 3;
    const form = t.stop && !KEEP.has(t.normal) ? null : formOf(t.type, t.normal, t.stem);
    if (form === null) {
      // Punctuation ends a bigram run; ids and numbers leave no trace.
      if (t.type === "punctuation") prev = "<p>";
      continue;
    }
    add(wordFeature(form), WEIGHT.word);
    if (negated) add(negatedFeature(form), WEIGHT.negated);
    add(bigramFeature(prev, form), WEIGHT.bigram);
    prev = form;
  }
  const names = [...words.keys()];
  let norm = 0;
  for (const v of words.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  const values = names.map((n) => words.get(n)! / norm);

  const fixed = (name: string, w = 1) => {
    names.push(name);
    values.push(LEX * w);
  };
  let count = 0;
  let question = false;
  for (const t of read.tokens) {
    if (t.type === "word") count++;
    else if (t.normal === "?") question = true;
  }
  // Short replies and questions are mostly calm in a support chat ("wait", "agreed").
  fixed(`len:${count <= 2 ? count : count <= 4 ? "3-4" : count <= 8 ? "5-8" : "9+"}`);
  if (question) fixed("question");
  // One "!" is a statement made with feeling, on either side (more is the `exclamation` signal).
  if (exclamations(text) === 1) fixed("excl");
  fixed(`v:${bucket(valence.compound)}`);
  fixed(`vl:${bucket(valence.last)}`);
  fixed(`wk:${bucket(read.sentiment)}`);
  fixed("v+", valence.compound > 0 ? valence.compound : 0);
  fixed("v-", valence.compound < 0 ? -valence.compound : 0);
  fixed("vp", Math.min(valence.positive / 4, 1.5));
  fixed("vn", Math.min(valence.negative / 4, 1.5));
  if (valence.positive > 0 && valence.negative > 0) fixed("v:mixed");
  if (valence.hits === 0) fixed("v:none");
  // Pattern's review adjectives, read apart: the model learns how far to trust them.
  const opinion = readOpinion(read.tokens);
  fixed("pt+", Math.min(opinion.positive, 1.5));
  fixed("pt-", Math.min(opinion.negative, 1.5));
  fixed(`pt:${bucket(opinion.positive - opinion.negative)}`);
  // Valences induced from word vectors for words neither lexicon rates ("tasty", "soggy").
  const induced = readInduced(read.tokens);
  fixed("iv+", Math.min(induced.positive, 1.5));
  fixed("iv-", Math.min(induced.negative, 1.5));
  fixed(`iv:${bucket(induced.positive - induced.negative)}`);
  for (const name of signals.names) {
    if (name.startsWith("threat_")) continue;
    fixed(`sig:${name}`);
  }
  if (signals.threat) fixed("sig:threat");
  if (signals.hypothetical) fixed("sig:general_question");
  if (signals.request) fixed("sig:request");
  if (signals.gratitude) fixed("sig:gratitude");
  return { names, values: Float64Array.from(values) };
}

/** How many "!" the text has. */
function exclamations(text: string): number {
  let n = 0;
  for (let i = text.indexOf("!"); i >= 0; i = text.indexOf("!", i + 1)) n++;
  return n;
}

function formOf(type: string, normal: string, stem: string): string | null {
  if (SKIPPED.has(type)) return null;
  if (type === "emoji" || type === "emoticon") return normal;
  if (type === "hashtag") return normal.slice(1) || null;
  if (/\d/.test(normal)) return null;
  // "soooo", "loooove": a letter written three times or more reads as written twice.
  if (/(\p{L})\1\1/u.test(normal)) return normal.replace(/(\p{L})\1+/gu, "$1$1");
  return stem;
}

function bucket(score: number): string {
  if (score <= -0.6) return "---";
  if (score <= -0.3) return "--";
  if (score <= -0.05) return "-";
  if (score < 0.05) return "0";
  if (score < 0.3) return "+";
  if (score < 0.6) return "++";
  return "+++";
}
