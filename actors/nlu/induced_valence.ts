/**
 * Knowledge of words no lexicon of ours rates, from pretrained word vectors: "tasty",
 * "flavorful", "soggy", "stale" lie in GloVe's space near words VADER and Pattern do rate,
 * and `scripts/build_word_valence.ts` turned that into a valence per word (a regression
 * from vector to rating, fitted on the rated words and on frequent unrated ones as 0, so a
 * shop noun stays near 0). Only those valences ship (`word_valence.json`, one signed byte a
 * word), not the vectors. The sentiment model gets three features from them, read like
 * Pattern's (`opinion_lexicon.ts`): the positive and the negative sum over the message,
 * negation within three words, and a bucket of their difference. It learns how far to
 * trust them.
 */
import table from "./word_valence.json" with { type: "json" };
import type { Token } from "./wink.ts";

/** The shipped table as the build script writes it. */
export interface WordValenceFile {
  about: string;
  /** Valence of one step of a stored byte. */
  scale: number;
  /** Words separated by single spaces, in the order of the values. */
  words: string;
  /** One signed byte a word, base64. */
  values: string;
}

/** A decoded table: looked up in place, so loading it builds no index of 34,000 words. */
export interface WordValence {
  readonly size: number;
  /** The valence of a lower-case word (VADER's scale / 4), undefined when it has none. */
  get(word: string): number | undefined;
}

/**
 * Decodes a table (the shipped one by default). The words stay one string, sorted, and a
 * word is found by binary search over their offsets: about 15 short comparisons, where a
 * map of every word would cost tens of milliseconds at start-up.
 */
export function decodeWordValence(file: WordValenceFile = table): WordValence {
  const text = file.words;
  const bytes = Uint8Array.fromBase64(file.values);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const starts = [0];
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) starts.push(i + 1);
  const count = text ? starts.length : 0;
  if (values.length !== count) {
    throw new Error(`Cannot read the word valences: ${values.length} values for ${count} words`);
  }
  starts.push(text.length + 1);
  const offsets = Int32Array.from(starts);
  /** Compares `word` with the i-th word of the table, as `<` orders strings. */
  const compare = (word: string, i: number): number => {
    const from = offsets[i];
    const len = offsets[i + 1] - 1 - from;
    const n = Math.min(word.length, len);
    for (let k = 0; k < n; k++) {
      const d = word.charCodeAt(k) - text.charCodeAt(from + k);
      if (d !== 0) return d;
    }
    return word.length - len;
  };
  return {
    size: count,
    get(word) {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const c = compare(word, mid);
        if (c === 0) return values[mid] * file.scale;
        if (c < 0) hi = mid - 1;
        else lo = mid + 1;
      }
      return undefined;
    },
  };
}

let decoded: WordValence | null = null;

/** The induced valence of a lower-case word (VADER's scale / 4), undefined when unknown. */
export function inducedValence(word: string): number | undefined {
  decoded ??= decodeWordValence();
  return decoded.get(word);
}

const NEGATORS = new Set(["not", "no", "never", "without", "nothing", "nobody", "none", "cannot"]);

/** The positive and negative sums of the induced valences of a message's words. */
export interface InducedSums {
  positive: number;
  negative: number;
}

/**
 * Sums the induced valences of the words but function words ("the", "was": mostly noise);
 * a word within three words after a negation counts reversed and weaker (VADER's −0.74), as
 * in the other lexicon readings.
 */
export function readInduced(tokens: readonly Token[]): InducedSums {
  const sums = { positive: 0, negative: 0 };
  let scope = 0;
  for (const t of tokens) {
    if (t.type === "punctuation") {
      scope = 0;
      continue;
    }
    if (NEGATORS.has(t.normal)) {
      scope = 3;
      continue;
    }
    if ((t.type !== "word" && t.type !== "hashtag") || t.stop) {
      if (scope > 0) scope--;
      continue;
    }
    const v = inducedValence(t.type === "hashtag" ? t.normal.slice(1) : t.normal);
    const flip = scope > 0 ? -0.74 : 1;
    if (scope > 0) scope--;
    if (v === undefined) continue;
    const x = v * flip;
    if (x > 0) sums.positive += x;
    else sums.negative -= x;
  }
  return sums;
}
