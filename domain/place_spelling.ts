/**
 * Country names spelt the way people type them in a chat: "do u ship to canda", "and
 * germny?", "untied kingdom". A misspelt country was found by no name, so the question got
 * the domestic speeds as if no place had been asked about. The names are a small closed set,
 * so a five-letter word one edit from one of their words is read as it (the first letter
 * kept, ties left alone, `misspeltWord`).
 */
import { MIN_TYPO_LENGTH_FEW, misspeltWord } from "./spelling.ts";

/**
 * Words a misspelling is never read in: everyday words one edit from a country's word
 * ("the status of my shipping" is no "the states"; "german" is a language, "american
 * express" a card), found by reading the labelled sets' and examples' words through it.
 */
const NEVER = new Set([
  "status",
  "state",
  "stated",
  "american",
  "german",
  "stain",
  "indie",
  "chine",
  "chins",
]);

/** The place names' words and the words already read against them, per list of names. */
interface Spelling {
  words: Set<string>;
  /** Each word read so far → the place word it misspells, or null (the names never change). */
  read: Map<string, string | null>;
}
const spellings = new WeakMap<readonly string[], Spelling>();
/** Past this many words a list's memory of words read starts again (it only saves time). */
const MAX_READ = 20_000;

/** The words of the place names (`" united kingdom "` → united, kingdom), five letters and more. */
function spellingOf(names: readonly string[]): Spelling {
  let s = spellings.get(names);
  if (!s) {
    const words = new Set<string>();
    for (const n of names) {
      for (const w of n.trim().split(" ")) if (w.length >= MIN_TYPO_LENGTH_FEW) words.add(w);
    }
    spellings.set(names, s = { words, read: new Map() });
  }
  return s;
}

/** The place word `w` misspells, or null; each word is compared with the names once. */
function respelt(w: string, s: Spelling): string | null {
  let right = s.read.get(w);
  if (right === undefined) {
    if (s.read.size >= MAX_READ) s.read.clear();
    right = misspeltWord(w, s.words, MIN_TYPO_LENGTH_FEW);
    s.read.set(w, right);
  }
  return right;
}

/**
 * `text` (lower case, words spaced by one space, as destinations.ts normalises it) with each
 * word that misspells a word of `names` spelt right; the text unchanged when none does.
 * `names` is read once per array: keep passing the same one.
 */
export function placesRespelt(text: string, names: readonly string[]): string {
  const s = spellingOf(names);
  let changed = false;
  const out = text.split(" ").map((w) => {
    if (w === "" || s.words.has(w) || NEVER.has(w)) return w;
    const right = respelt(w, s);
    if (right) changed = true;
    return right ?? w;
  });
  return changed ? out.join(" ") : text;
}
