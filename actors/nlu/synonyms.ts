/**
 * WordNet senses as features: a word's dictionary form and the senses it shares with the
 * words of our examples (`synonyms.json`, built by `scripts/build_synonyms.ts` from WordNet
 * 3.1), so that a word no example used — "purchase", "terminate", "consignment" — still
 * reads like the example words of the same meaning.
 */
import table from "./synonyms.json" with { type: "json" };
import { lemmaOf } from "./lemma.ts";

/** Senses of each part of speech a word is taken to have (WordNet orders them by use). */
export const SENSES_PER_POS = 2;

const WORDS = (table as { words: Record<string, number[]> }).words;
const known = (w: string) => Object.hasOwn(WORDS, w);

const cache = new Map<string, readonly string[]>();
/** Past this many words the cache starts again (it only saves time). */
const MAX_CACHED = 50_000;
const NONE: readonly string[] = [];

/** The sense features (`y:<id>`) of a lower-case word; none for a word WordNet lacks. */
export function senseFeatures(word: string): readonly string[] {
  let out = cache.get(word);
  if (out === undefined) {
    const lemma = /^[a-z]{3,}$/.test(word) ? lemmaOf(word, known) : null;
    out = lemma === null ? NONE : WORDS[lemma].map((id) => `y:${id}`);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, out);
  }
  return out;
}

/** A short hash of the texts the table was built from, to tell when it is out of date. */
export function synonymFingerprint(texts: readonly string[]): string {
  let h = 2166136261;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 10, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, "0") + ":" + texts.length;
}

/** The fingerprint stored in the table. */
export const SYNONYMS_FINGERPRINT: string = (table as { fingerprint: string }).fingerprint;
