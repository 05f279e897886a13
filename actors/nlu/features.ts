/**
 * Turns a message into the sparse features the intent classifier learns from: word
 * stems, stem bigrams, negated stems, character 4-grams (which carry typos and unseen
 * inflections: "cancl", "refnd") and a length bucket. Ids, numbers and emails become
 * placeholders, so "ORD-1001" and "#2002" teach the same thing.
 */
import { detectSignals, type SentimentSignals } from "./sentiment_signals.ts";
import { senseFeatures } from "./synonyms.ts";
import type { Token } from "./wink.ts";

/** A sparse feature vector: feature names and their weights (L2-normalised). */
export interface FeatureVector {
  names: string[];
  values: Float64Array;
}

const WEIGHT = {
  word: 1,
  bigram: 0.7,
  negated: 0.7,
  char: 0.4,
  length: 0.6,
  mark: 0.5,
  mood: 1.5,
  signal: 1,
  sense: 0.4,
};

/** Length of the character n-grams. */
const CHAR_N = 4;

const grams = new Map<string, readonly string[]>();
/** Past this many words the n-gram cache starts again (it only saves time). */
const MAX_CACHED_WORDS = 50_000;

/**
 * The character n-gram features of a word ("<refund>" → "c:<ref", "c:refu"…), cached: a
 * shop's customers use the same few thousand words. Four-letter pieces are as good as
 * threes and fours together (cross-validated), at half the features.
 */
function charGrams(normal: string): readonly string[] {
  let out = grams.get(normal);
  if (out === undefined) {
    const list: string[] = [];
    if (normal.length >= 3 && /^[a-z']+$/.test(normal)) {
      const padded = `<${normal}>`;
      for (let i = 0; i + CHAR_N <= padded.length; i++) {
        list.push(`c:${padded.slice(i, i + CHAR_N)}`);
      }
    }
    if (grams.size >= MAX_CACHED_WORDS) grams.clear();
    grams.set(normal, out = list);
  }
  return out;
}

/** Past this many names a feature-name cache starts again (it only saves time). */
const MAX_CACHED_NAMES = 50_000;

/**
 * Feature names made once per form and kept: the same string each time, so the maps that
 * look it up (the message's features, the model's index) never hash a new string.
 */
class Names {
  #cache = new Map<string, string>();
  constructor(readonly prefix: string) {}
  of(form: string): string {
    let name = this.#cache.get(form);
    if (name === undefined) {
      if (this.#cache.size >= MAX_CACHED_NAMES) this.#cache.clear();
      this.#cache.set(form, name = this.prefix + form);
    }
    return name;
  }
}

const WORD_NAMES = new Names("w:");
const NEGATED_NAMES = new Names("n:");
const MARK_NAMES = new Names("m:");
/** Bigram names by their first form, then their second ("b:<s> where"). */
const BIGRAM_NAMES = new Map<string, Map<string, string>>();
/** Past this many bigram names their cache starts again. */
const MAX_CACHED_BIGRAMS = 100_000;
let bigramsCached = 0;

/** The feature name of a word's form ("w:refund"), the same string each time. */
export function wordFeature(form: string): string {
  return WORD_NAMES.of(form);
}

/** The feature name of a negated word's form ("n:arriv"), the same string each time. */
export function negatedFeature(form: string): string {
  return NEGATED_NAMES.of(form);
}

/** The feature name of two forms in a row ("b:<s> where"), the same string each time. */
export function bigramFeature(first: string, second: string): string {
  let seconds = BIGRAM_NAMES.get(first);
  let name = seconds?.get(second);
  if (name !== undefined) return name;
  if (bigramsCached >= MAX_CACHED_BIGRAMS) {
    BIGRAM_NAMES.clear();
    bigramsCached = 0;
    seconds = undefined;
  }
  if (seconds === undefined) BIGRAM_NAMES.set(first, seconds = new Map());
  seconds.set(second, name = `b:${first} ${second}`);
  bigramsCached++;
  return name;
}

/** What the caller already knows about the message. */
export interface FeaturizeOptions {
  /** Signals computed already (saves detecting them twice). */
  signals?: SentimentSignals;
  /** Extra named features, e.g. a lexicon score bucket. */
  extra?: readonly string[];
  /** Add the WordNet senses of content words (`synonyms.ts`). */
  senses?: boolean;
}

/** Maps a token to the form the classifier sees, or null to skip it. */
export function tokenForm(t: Token): string | null {
  switch (t.type) {
    case "email":
      return "_email_";
    case "number":
      return /^\d{3,}$/.test(t.normal) ? "_longnum_" : "_num_";
    case "currency":
      return "_money_";
    case "emoji":
    case "emoticon":
      return "_emoji_";
    case "url":
      return "_url_";
    case "punctuation":
    case "symbol":
      return t.normal === "?" ? "_q_" : t.normal === "#" ? "_hash_" : null;
  }
  // Only a word starting with "o", "t" or a digit can be one of these (most are not).
  const first = t.normal.charCodeAt(0);
  if (first === 111 && /^ord-?\d+$/.test(t.normal)) return "_order_";
  if (first === 116 && /^trk\d+$/.test(t.normal)) return "_tracking_";
  if (first >= 48 && first <= 57) return "_num_";
  return t.stem;
}

/** Builds the feature vector of a message read by wink (its tokens and sentiment). */
export function featurize(
  read: { tokens: readonly Token[]; sentiment: number },
  text: string,
  more: FeaturizeOptions = {},
): FeatureVector {
  const tokens = read.tokens;
  const feats = new Map<string, number>();
  // Weights are positive: a name keeps the largest it was given, in the order first given.
  const add = (name: string, w: number) => {
    const had = feats.get(name);
    if (had === undefined || w > had) feats.set(name, w);
  };
  const seq: string[] = ["<s>"];
  let words = 0;
  for (const t of tokens) {
    const form = tokenForm(t);
    if (form === null) continue;
    seq.push(form);
    if (form.startsWith("_") && form.endsWith("_")) {
      add(MARK_NAMES.of(form), WEIGHT.mark);
      continue;
    }
    words++;
    add(WORD_NAMES.of(form), WEIGHT.word);
    if (t.negated) add(NEGATED_NAMES.of(form), WEIGHT.negated);
    for (const piece of charGrams(t.normal)) add(piece, WEIGHT.char);
    if (more.senses && !t.stop) { for (const s of senseFeatures(t.normal)) add(s, WEIGHT.sense); }
  }
  seq.push("</s>");
  for (let i = 0; i + 1 < seq.length; i++) add(bigramFeature(seq[i], seq[i + 1]), WEIGHT.bigram);
  add(`len:${lengthBucket(words)}`, WEIGHT.length);
  // Mood separates intents that share their words: a complaint from feedback.
  add(`s:${moodBucket(read.sentiment)}`, WEIGHT.mood);
  const signals = more.signals ?? detectSignals(text, tokens);
  for (const name of signals.names) {
    if (/^(caps|exclamation|emoji|intensifier|urgent_words)$/.test(name)) {
      add(`sig:${name}`, WEIGHT.signal);
    }
  }
  for (const name of more.extra ?? []) add(name, WEIGHT.signal);
  if (signals.threat) add("sig:threat", WEIGHT.signal);
  if (signals.waiting) add("sig:waiting", WEIGHT.signal);
  if (signals.problem) add("sig:problem", WEIGHT.signal);
  if (signals.hypothetical) add("sig:general_question", WEIGHT.signal);

  const names = [...feats.keys()];
  const values = new Float64Array(names.length);
  let norm = 0;
  let i = 0;
  for (const v of feats.values()) {
    values[i++] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < values.length; i++) values[i] /= norm;
  return { names, values };
}

function moodBucket(score: number): string {
  if (score <= -0.4) return "--";
  if (score < -0.05) return "-";
  if (score >= 0.4) return "++";
  if (score > 0.05) return "+";
  return "0";
}

function lengthBucket(words: number): string {
  if (words <= 2) return String(words);
  if (words <= 4) return "3-4";
  if (words <= 8) return "5-8";
  if (words <= 16) return "9-16";
  return "17+";
}
