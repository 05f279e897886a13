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

/** The words of the place names (`" united kingdom "` → united, kingdom), five letters and more. */
function vocabulary(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const n of names) {
    for (const w of n.trim().split(" ")) if (w.length >= MIN_TYPO_LENGTH_FEW) words.add(w);
  }
  return words;
}

/**
 * `text` (lower case, words spaced by one space, as destinations.ts normalises it) with each
 * word that misspells a word of `names` spelt right; the text unchanged when none does.
 */
export function placesRespelt(text: string, names: readonly string[]): string {
  const words = vocabulary(names);
  let changed = false;
  const out = text.split(" ").map((w) => {
    if (w === "" || words.has(w) || NEVER.has(w)) return w;
    const right = misspeltWord(w, words, MIN_TYPO_LENGTH_FEW);
    if (right) changed = true;
    return right ?? w;
  });
  return changed ? out.join(" ") : text;
}
