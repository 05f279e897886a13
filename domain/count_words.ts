/**
 * Counts of items as shoppers type them: digits, words, and the words misspelt in the
 * usual ways ("tree bottles", "fuor", "sevn") — read only where a count stands (before the
 * goods, after "make it"), so "tree" elsewhere stays a tree. Pure.
 */

/** Count words up to ten, with their common misspellings. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  none: 0,
  one: 1,
  two: 2,
  three: 3,
  tree: 3,
  thre: 3,
  threee: 3,
  four: 4,
  fuor: 4,
  foor: 4,
  five: 5,
  fiv: 5,
  six: 6,
  seven: 7,
  sevn: 7,
  eight: 8,
  eigth: 8,
  nine: 9,
  ten: 10,
};

/** The count words as a regular-expression alternation (longest first). */
export const COUNT_WORD_PATTERN = Object.keys(COUNT_WORDS).sort((a, b) => b.length - a.length)
  .join("|");

/** The count a word or digits say, or null. */
export function countWord(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return COUNT_WORDS[word.toLowerCase()] ?? null;
}
