/**
 * Which language a customer wrote in (ISO 639-1), fast enough to run on every message
 * (a few microseconds): English, Spanish, French, German, Portuguese, Italian and Dutch by
 * name, other scripts by their script (Cyrillic as "ru", Greek "el", Arabic "ar", Hebrew
 * "he", Han "zh", kana "ja", Hangul "ko", Thai "th", Devanagari "hi").
 *
 * Latin text is read three ways: common words of each language (`language_words.ts`;
 * they decide short messages: "hola", "merci", "danke"), letters only one language uses
 * ("ñ", "ß", "ã") and letter trigrams, whose frequencies per language come from
 * `npm:franc-min` (counted over the Universal Declaration of Human Rights in each
 * language). franc's own detector was not used: it reads only the trigrams, so it misses
 * most short messages, and it is several times slower. English is the default: a message
 * with nothing to go on ("ORD-1001", "ok", "👍") is English.
 */
import { data as FRANC } from "franc-min/data.js";
import { LANGUAGE_WORDS, LATIN_LANGUAGES, type LatinLanguage } from "./language_words.ts";

/** The detected language and how sure the detector is (0…1). */
export interface LanguageGuess {
  language: string;
  confidence: number;
}

const ISO3: Record<LatinLanguage, string> = {
  en: "eng",
  es: "spa",
  fr: "fra",
  de: "deu",
  pt: "por",
  it: "ita",
  nl: "nld",
};
const L = LATIN_LANGUAGES.length;

/**
 * The trigrams as a lookup table: each letter they use has a small index (−1 for a letter
 * in none), a trigram's three indexes point into `TRIGRAM_ROWS`, and a row holds its weight
 * in each language (higher for the more frequent). Reading a message then makes no string
 * per position and hashes nothing.
 */
const { LETTER_INDEX, LETTERS, TRIGRAM_ROWS, TRIGRAM_WEIGHTS } = (() => {
  const letterIndex = new Int16Array(0x10000).fill(-1);
  const lists = LATIN_LANGUAGES.map((lang) => (FRANC.Latin[ISO3[lang]] ?? "").split("|"));
  let letters = 0;
  for (const list of lists) {
    for (const tri of list) {
      for (let i = 0; i < tri.length; i++) {
        const code = tri.charCodeAt(i);
        if (letterIndex[code] < 0) letterIndex[code] = letters++;
      }
    }
  }
  const rowOf = new Int32Array(letters ** 3).fill(-1);
  const weights: number[] = [];
  lists.forEach((list, li) => {
    list.forEach((tri, rank) => {
      if (tri.length !== 3) return;
      const key = (letterIndex[tri.charCodeAt(0)] * letters + letterIndex[tri.charCodeAt(1)]) *
          letters + letterIndex[tri.charCodeAt(2)];
      if (rowOf[key] < 0) {
        rowOf[key] = weights.length / L;
        for (let l = 0; l < L; l++) weights.push(0);
      }
      weights[rowOf[key] * L + li] = Math.log(1 + (list.length - rank) / 30);
    });
  });
  return {
    LETTER_INDEX: letterIndex,
    LETTERS: letters,
    TRIGRAM_ROWS: rowOf,
    TRIGRAM_WEIGHTS: Float64Array.from(weights),
  };
})();

const DIGRAPH = /ij/;

/** Letters (and marks) one or two of the languages use and English does not. */
const LETTER_CUES: [RegExp, Partial<Record<LatinLanguage, number>>][] = [
  [/[ñ¿¡]/, { es: 3 }],
  [/[ãõ]/, { pt: 3 }],
  [/ß/, { de: 3 }],
  [/[äöü]/, { de: 2, nl: 0.3 }],
  [/[œ]|[êîû]|ç/, { fr: 1.5, pt: 0.7 }],
  [/[èà]/, { fr: 1, it: 1, pt: 0.3 }],
  [/[ìòù]/, { it: 2, fr: 0.3 }],
  [/[áíóú]/, { es: 1, pt: 1 }],
  [/[âô]/, { pt: 1, fr: 1 }],
  [/é/, { fr: 1, es: 0.5, pt: 0.5, it: 0.3 }],
  [DIGRAPH, { nl: 1 }],
  [/[ëï]/, { nl: 0.7, fr: 0.5 }],
];

/** Scripts other than Latin, by the language most customers writing them use. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/gu, "ru"],
  [/\p{Script=Greek}/gu, "el"],
  [/\p{Script=Arabic}/gu, "ar"],
  [/\p{Script=Hebrew}/gu, "he"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, "ja"],
  [/\p{Script=Hangul}/gu, "ko"],
  [/\p{Script=Han}/gu, "zh"],
  [/\p{Script=Thai}/gu, "th"],
  [/\p{Script=Devanagari}/gu, "hi"],
];

/** Ids, links, addresses, mentions, escapes and numbers say nothing about the language. */
const NOISE =
  /\\u[0-9a-f]{4}|@\w+|\b(?:ord-?\d+|trk\d+|[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/\S+|www\.\S+|#?\d[\d.,:/-]*)\b/g;

/** Texts detected lately: both NLU actors ask, with other turns' steps run in between. */
const recent = new Map<string, LanguageGuess>();
/** How many texts are remembered. */
const RECENT_TEXTS = 32;

/** Detects the language of a text (recent answers are kept: both NLU actors ask). */
export function detectLanguage(text: string): LanguageGuess {
  let guess = recent.get(text);
  if (guess) return guess;
  guess = detect(text);
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
  recent.set(text, guess);
  return guess;
}

function detect(text: string): LanguageGuess {
  const lower = text.toLowerCase().replace(/[’‘`]/g, "'").replace(NOISE, " ");
  // Only text beyond Latin-1 and Latin Extended can be in another script: the regexes run
  // for it alone.
  if (/[^\u0020-\u024f\s]/.test(lower)) {
    const other = otherScript(lower);
    if (other) return other;
  }
  const words = lower.match(/[\p{L}']+/gu) ?? [];
  // A letter or two ("y", "k") could be anything.
  if (words.join("").length < 2) return { language: "en", confidence: 0.3 };

  const score = new Float64Array(L);
  // What words and letters say, apart from the trigrams.
  const told = new Float64Array(L);
  for (const word of words) {
    const quoted = word.charCodeAt(0) === 39 || word.charCodeAt(word.length - 1) === 39;
    const langs = LANGUAGE_WORDS.get(word) ??
      (quoted ? LANGUAGE_WORDS.get(word.replace(/^'|'$/g, "")) : undefined);
    if (!langs) continue;
    for (const lang of langs) told[LATIN_LANGUAGES.indexOf(lang)] += 2 / langs.length;
  }
  const accented = /[^\u0020-\u007f\s]/.test(lower);
  for (const [re, cue] of LETTER_CUES) {
    if (re !== DIGRAPH && !accented) continue;
    if (!re.test(lower)) continue;
    for (const [lang, w] of Object.entries(cue)) {
      told[LATIN_LANGUAGES.indexOf(lang as LatinLanguage)] += w;
    }
  }
  // Plain English with no foreign word or letter needs no trigrams (most messages).
  let foreign = 0;
  for (let l = 1; l < L; l++) foreign = Math.max(foreign, told[l]);
  if (told[0] >= 2 && foreign === 0) return { language: "en", confidence: 0.95 };
  // Trigrams weigh in with the length of the text: little on a word, much on a paragraph.
  const padded = ` ${words.join(" ")} `;
  const tri = new Float64Array(L);
  let n = 0;
  let a = LETTER_INDEX[padded.charCodeAt(0)];
  let b = LETTER_INDEX[padded.charCodeAt(1)];
  for (let i = 0; i + 3 <= padded.length; i++) {
    const c = LETTER_INDEX[padded.charCodeAt(i + 2)];
    n++;
    const row = a < 0 || b < 0 || c < 0 ? -1 : TRIGRAM_ROWS[(a * LETTERS + b) * LETTERS + c];
    if (row >= 0) { for (let l = 0; l < L; l++) tri[l] += TRIGRAM_WEIGHTS[row * L + l]; }
    a = b;
    b = c;
  }
  const triWeight = Math.min(n, 60) / 60 * 6 / Math.max(n, 1) / 2.5;
  for (let l = 0; l < L; l++) score[l] = told[l] + tri[l] * triWeight;

  let best = 0;
  for (let l = 1; l < L; l++) if (score[l] > score[best]) best = l;
  // English stays the answer unless another language has clearly more to show, and, in a
  // short text, a word or letter of its own ("excellent service" is English too).
  if (best !== 0 && (score[best] - score[0] < 0.5 || (told[best] < 1 && n < 40))) best = 0;
  let sum = 0;
  for (let l = 0; l < L; l++) sum += Math.exp(score[l] - score[best]);
  return { language: LATIN_LANGUAGES[best], confidence: round(1 / sum) };
}

/** The script of a text mostly not in Latin letters, or null. */
function otherScript(lower: string): LanguageGuess | null {
  const latin = (lower.match(/\p{Script=Latin}/gu) ?? []).length;
  let script: [string, number] | null = null;
  for (const [re, code] of SCRIPTS) {
    const n = (lower.match(re) ?? []).length;
    if (n > (script?.[1] ?? 0)) script = [code, n];
  }
  if (!script || script[1] <= latin) return null;
  // Japanese mixes kana with Han: any kana makes it Japanese.
  const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(lower);
  return { language: kana ? "ja" : script[0], confidence: 0.9 };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
