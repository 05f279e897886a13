/**
 * The words of support talk that customers misspell: "packge", "delivry", "invoce",
 * "pasword", "newsleter". They are the longer words our examples use again and again that
 * are English words (WordNet has them: a typo in an example is no target); a word of a
 * message that our examples never use and WordNet does not know, one edit away from one of
 * them (the first letter kept, as for the catalogue's names), is read as that word.
 */
import { MIN_TYPO_LENGTH, misspeltWord } from "../../domain/spelling.ts";
import { senseFeatures } from "./synonyms.ts";
import { isEnglish } from "./typed_words.ts";
import type { Token } from "./wink.ts";

/** How many examples must use a word for it to be one a misspelling is read as. */
export const MIN_EXAMPLES = 3;

/**
 * The English words of `MIN_TYPO_LENGTH` letters or more that at least `MIN_EXAMPLES` of
 * the examples use, as written (lower-case).
 */
export function supportWords(examples: Iterable<readonly string[] | undefined>): Set<string> {
  const counts = new Map<string, number>();
  const long = new RegExp(`[a-z]{${MIN_TYPO_LENGTH},}`, "g");
  for (const texts of examples) {
    for (const text of texts ?? []) {
      for (const w of new Set(text.toLowerCase().match(long) ?? [])) {
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [w, n] of counts) if (n >= MIN_EXAMPLES && senseFeatures(w).length > 0) out.add(w);
  return out;
}

/**
 * True when a token may be a misspelling of a support word: a word of content (no stop
 * word: "please" is no "pleased") that neither WordNet nor wink's lexicon knows ("amount"
 * is a word of its own).
 */
export function isSupportTypo(t: Token): boolean {
  // "relieved" is no "received": a word wink's lexicon knows is English, though WordNet's
  // share of it here does not have it.
  return t.type === "word" && !t.stop && senseFeatures(t.normal).length === 0 &&
    !isEnglish(t.normal);
}

/** Support words indexed by first letter and length, so a word is compared with a few. */
export class SupportLexicon {
  #byKey = new Map<string, string[]>();
  /** The words, as `supportWords` gives them. */
  readonly size: number;
  constructor(words: Iterable<string>) {
    let n = 0;
    for (const w of words) {
      const key = w[0] + w.length;
      const list = this.#byKey.get(key);
      if (list) list.push(w);
      else this.#byKey.set(key, [w]);
      n++;
    }
    this.size = n;
  }

  /**
   * The support word `typo` misspells (`misspeltWord`'s rule: one edit, two from eight
   * letters, first letter kept), compared only with words of its first letter and a length
   * at most two apart; null when none or several fit.
   */
  near(typo: string): string | null {
    const candidates: string[] = [];
    for (let d = -2; d <= 2; d++) {
      const list = this.#byKey.get(typo[0] + (typo.length + d));
      if (list) candidates.push(...list);
    }
    return candidates.length === 0 ? null : misspeltWord(typo, candidates);
  }

  /**
   * Like `near`, but where two words fit equally, the one whose doubled letter the typo
   * dropped, the commonest slip of typing ("acount" is "account", not "amount").
   */
  nearest(typo: string): string | null {
    const one = this.near(typo);
    if (one !== null || typo.length < MIN_TYPO_LENGTH) return one;
    const fits = (this.#byKey.get(typo[0] + (typo.length + 1)) ?? []).filter((w) =>
      dropsDoubled(w, typo)
    );
    return fits.length === 1 ? fits[0] : null;
  }
}

/** True when `typo` is `word` with one letter of a doubled pair left out. */
function dropsDoubled(word: string, typo: string): boolean {
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === typo) return true;
  }
  return false;
}

/**
 * The message with each word that misspells a support word written as that word, also a
 * typo our examples use themselves ("delete my acount": the classifier knows "acount", a
 * reply looking for "account" does not); null when there is none. Only words WordNet does
 * not know, of six letters or more, and no stop words are read so.
 */
export function spellForReading(
  text: string,
  tokens: readonly Token[],
  support: SupportLexicon,
): string | null {
  const fixes = new Map<string, string>();
  for (const t of tokens) {
    if (!/^[a-z]{6,}$/.test(t.normal) || !isSupportTypo(t)) continue;
    const near = support.nearest(t.normal);
    if (near !== null) fixes.set(t.normal, near);
  }
  if (fixes.size === 0) return null;
  return text.replace(/[A-Za-z]+/g, (w) => fixes.get(w.toLowerCase()) ?? w);
}
