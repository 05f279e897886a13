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

let decoded: Map<string, number> | null = null;

/** Decodes a table (the shipped one by default) into a word → valence map. */
export function decodeWordValence(file: WordValenceFile = table): Map<string, number> {
  const words = file.words.split(" ");
  const bytes = Uint8Array.fromBase64(file.values);
  if (bytes.length !== words.length) {
    throw new Error(
      `Cannot read the word valences: ${bytes.length} values for ${words.length} words`,
    );
  }
  const values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const map = new Map<string, number>();
  words.forEach((w, i) => map.set(w, values[i] * file.scale));
  return map;
}

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
