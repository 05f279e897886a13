/**
 * Misspellings of the shop's own words: "hedphones" for "headphones", "keybord" for
 * "keyboard". Only words of six letters or more are compared, so a short word is never
 * taken for another ("mine" is no "mini").
 */

/** The shortest word a misspelling may be read in. */
export const MIN_TYPO_LENGTH = 6;

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/**
 * The shortest word a misspelling may be read in against a few words the customer already
 * has in view (the items of one of their orders): "botle" for "bottle". Among a handful of
 * words a five-letter typo is no longer a guess across the whole catalogue.
 */
export const MIN_TYPO_LENGTH_FEW = 5;

/**
 * The word of `words` that `typo` misspells (one edit, two in words of eight letters or
 * more, the first letter kept), or null when none or several fit equally. `minLength`
 * lowers the shortest typo read, for a small closed set of words only.
 */
export function misspeltWord(
  typo: string,
  words: Iterable<string>,
  minLength = MIN_TYPO_LENGTH,
): string | null {
  if (typo.length < minLength || /[^a-z]/.test(typo)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const w of words) {
    if (w.length < minLength || w[0] !== typo[0] || w === typo) continue;
    const max = Math.min(w.length, typo.length) >= 8 ? 2 : 1;
    if (Math.abs(w.length - typo.length) > max) continue;
    const d = editDistance(w, typo);
    if (d > max) continue;
    if (d < bestDistance) [best, bestDistance, tie] = [w, d, false];
    else if (d === bestDistance) tie = true;
  }
  return tie ? null : best;
}
