/**
 * Some units of a line, not all of it: "return one of the two water bottles", "1 of the
 * bottles", "one of them", "just one bottle", "a single bottle", "one pair". The count meant when it is
 * fewer than the line holds; null when the words say no count, or all of them ("both", "the
 * two bottles", "all 3"). Pure.
 */
import { COUNT_WORD_PATTERN, countWord } from "./count_words.ts";

const N = String.raw`(\d{1,2}|${COUNT_WORD_PATTERN}|an?|a single)`;

/** "one of the two bottles", "2 of the mugs", "one of them", "one of those". */
const OF_THE = new RegExp(String.raw`\b${N} of (?:the|my|them|those|these)\b`, "i");
/** "just one bottle", "only 1 of", "a single bottle", "one bottle back". */
const ONLY_N = new RegExp(
  String
    .raw`\b(?:just|only|a single)\s+(\d{1,2}|${COUNT_WORD_PATTERN})?\s*(?:[a-z]+\s+){0,2}?[a-z]{3,}`,
  "i",
);

/** "one pair", "a pair", "1 pair back": goods counted in pairs (shoes, socks, earbuds). */
const PAIRS = new RegExp(String.raw`\b${N} pairs?\b`, "gi");

function count(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase().trim();
  if (w === "a" || w === "an" || w === "a single") return 1;
  return countWord(w);
}

/**
 * The units of a line of `quantity` the words mean, when fewer than all of them; null
 * otherwise. Only asked of a line the message names.
 */
export function unitsMeant(text: string, quantity: number): number | null {
  if (quantity < 2) return null;
  const of = OF_THE.exec(text);
  let n = of ? count(of[1]) : null;
  if (n === null) {
    const only = ONLY_N.exec(text);
    // "just one bottle", "a single bottle": a count with the goods ("just the bottles" is all).
    if (only && (only[1] || /^a single/i.test(only[0]))) n = count(only[1] ?? "a");
  }
  // "I got 2 pairs but only need one, can I return one pair?": the pairs fewer than all.
  if (n === null) {
    n = [...text.matchAll(PAIRS)].map((m) => count(m[1]))
      .find((k) => k !== null && k < quantity) ?? null;
  }
  return n !== null && n >= 1 && n < quantity ? n : null;
}
