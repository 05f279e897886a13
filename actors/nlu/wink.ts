/**
 * The one place that loads wink-nlp and its English model (which ships inside the npm
 * package: no download at run time). Loading takes about 0.1 s, so it is done once per
 * process and shared by the sentiment and intent actors.
 */
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The loaded pipeline: sentence boundaries, negation and sentiment (no POS, no NER). */
export type Wink = WinkMethods;

let loaded: Wink | null = null;

/** Creates a new wink-nlp pipeline (benchmarks; everything else shares `loadWink`). */
export function createWink(): Wink {
  return winkNLP(model, ["sbd", "negation", "sentiment"]);
}

/** Returns the shared wink-nlp pipeline, loading it on first use. */
export function loadWink(): Wink {
  // The model is read-only after loading, so one instance can serve every caller.
  loaded ??= createWink();
  return loaded;
}

/** One token as the NLU code sees it. */
export interface Token {
  /** Original text. */
  value: string;
  /** Lower-cased, contractions expanded (`n't` → `not`, `pls` → `please`). */
  normal: string;
  /** Porter stem of the normal form ("arriving" → "arriv"). */
  stem: string;
  /** wink's token type: word, number, email, emoji, punctuation, currency, symbol… */
  type: string;
  /** True inside the scope of a negation ("not *happy with this*"). */
  negated: boolean;
  /** A function word ("the", "what", "of") by wink's list. */
  stop: boolean;
}

/** A message read by wink: its tokens, sentences and wink's own sentiment scores. */
export interface ReadText {
  tokens: Token[];
  /** wink's document sentiment (the mean over sentences), −1…1. */
  sentiment: number;
  /** wink's sentiment of each sentence. */
  sentenceSentiments: number[];
}

// The model's own Porter stemmer, which `its.stem` calls for every token; stemming is a
// good third of reading a message, and a shop's customers use the same few thousand words.
const stemWord = (model as unknown as { addons: { stem(word: string): string } }).addons.stem;
const stems = new Map<string, string>();
/** Past this many words the stem cache starts again (it only saves time). */
const MAX_CACHED_STEMS = 50_000;

/** The stem wink gives a token's surface form, from the cache when it can. */
function stemOf(value: string): string {
  let stem = stems.get(value);
  if (stem === undefined) {
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stem = stemWord(value);
    stems.set(value, stem);
  }
  return stem;
}

/** Texts read lately, per pipeline: the sentiment and intent actors read the same message. */
const recent = new WeakMap<Wink, Map<string, ReadText>>();
/** How many texts each pipeline remembers. */
const RECENT_TEXTS = 32;

/**
 * Reads a text with wink: tokens with their types and negation, and sentiment. A text read
 * a moment ago comes back as it was read (callers never change a reading).
 */
export function readText(nlp: Wink, text: string): ReadText {
  let texts = recent.get(nlp);
  if (!texts) recent.set(nlp, texts = new Map());
  const seen = texts.get(text);
  if (seen) return seen;
  const read = readFresh(nlp, text);
  if (texts.size >= RECENT_TEXTS) texts.delete(texts.keys().next().value!);
  texts.set(text, read);
  return read;
}

function readFresh(nlp: Wink, text: string): ReadText {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  const types = tokens.out(its.type) as string[];
  const negs = tokens.out(its.negationFlag) as unknown as boolean[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const out: Token[] = values.map((value, i) => ({
    value,
    normal: normals[i],
    // wink stems the surface form, so expanded contractions keep their own normal.
    stem: normals[i] === "not" || normals[i] === "please" ? normals[i] : stemOf(value),
    type: types[i],
    negated: Boolean(negs[i]),
    stop: Boolean(stops[i]),
  }));
  return {
    tokens: out,
    sentiment: doc.out(its.sentiment) as unknown as number,
    sentenceSentiments: doc.sentences().out(its.sentiment) as unknown as number[],
  };
}
