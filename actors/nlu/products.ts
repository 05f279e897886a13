/**
 * Products of the catalogue named in a message, matched loosely: plurals, small typos and
 * partial names ("the blue mugs" → "Blue Ceramic Mug"), or the SKU itself.
 */
import { MIN_TYPO_LENGTH_FEW, misspeltWord } from "../../domain/spelling.ts";

/** A catalogue entry as the intent actor knows it. */
export interface ProductRef {
  sku: string;
  name: string;
}

const STOPWORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "with",
  "for",
  "in",
  "set",
  "pack",
  "my",
]);

/** A catalogue prepared for matching (built once per catalogue). */
export interface ProductIndex {
  match(text: string): ProductRef[];
  /** True when a product's name has this word (lower-case, singular). */
  hasWord(word: string): boolean;
  /** The word of a product's name this one misspells ("hedphone" → "headphone"), or null. */
  misspelt(word: string): string | null;
}

/** Prepares `products` for matching. */
export function indexProducts(products: readonly ProductRef[]): ProductIndex {
  const entries = products.map((p) => ({
    ref: p,
    sku: p.sku.toLowerCase(),
    words: wordsOf(p.name),
  }))
    .filter((e) => e.words.length > 0);
  const heads = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const e of entries) {
    const head = e.words[e.words.length - 1];
    heads.set(head, (heads.get(head) ?? 0) + 1);
    for (const w of e.words) vocabulary.add(w);
  }
  // "The dock" of a "Docking Station": the stem of an "-ing" word names the item too, as
  // `tellingWords` in domain/item_words.ts reads it (only to find an item named, not to match).
  const owners = new Map<string, number>();
  for (const e of entries) {
    for (const w of new Set(e.words)) owners.set(w, (owners.get(w) ?? 0) + 1);
  }
  const stemmed = new Map(
    [...vocabulary].filter((w) => w.length >= 7 && w.endsWith("ing"))
      .map((w) => [w.slice(0, -3), w]),
  );
  const stems = new Set(stemmed.keys());
  const longWords = [...vocabulary].filter((w) => w.length >= MIN_FUZZY_HEAD);
  // Which catalogue words each message word is close to, remembered: shoppers use the
  // same few hundred words, and the fuzzy comparison is what costs.
  const near = new Map<string, readonly string[]>();
  const nearWords = (t: string): readonly string[] => {
    let found = near.get(t);
    if (!found) {
      found = [...vocabulary].filter((w) => similar(w, t));
      if (near.size >= NEAR_CACHE_SIZE) near.clear();
      near.set(t, found);
    }
    return found;
  };
  return {
    hasWord: (word) => vocabulary.has(word) || stems.has(word),
    // "my vacum": a five-letter typo of a word long enough to name a product alone, as
    // `match` reads it (a short word of the catalogue stays a guess: "mixr" is no "mixer").
    misspelt: (word) => misspeltWord(word, longWords, MIN_TYPO_LENGTH_FEW),
    match(text) {
      if (entries.length === 0) return [];
      const close = new Set<string>();
      const said = new Set(wordsOf(text));
      for (const t of said) for (const w of nearWords(t)) close.add(w);
      const lower = text.toLowerCase();
      // "The dock": the one product whose "-ing" word ("Docking") it is the stem of.
      const ofStem = new Set(
        [...said].map((t) => stemmed.get(t) ?? "").filter((w) => owners.get(w) === 1),
      );
      const hits: { ref: ProductRef; score: number }[] = [];
      const headOnly: { ref: ProductRef; score: number }[] = [];
      for (const e of entries) {
        if (lower.includes(e.sku)) {
          hits.push({ ref: e.ref, score: 2 });
          continue;
        }
        if (e.words.some((w) => ofStem.has(w))) headOnly.push({ ref: e.ref, score: 0.5 });
        if (close.size === 0) continue;
        let matched = 0;
        for (const w of e.words) if (close.has(w)) matched++;
        if (matched === 0) continue;
        const head = e.words[e.words.length - 1];
        const headHit = close.has(head);
        const score = matched / e.words.length;
        if (score >= 0.6 && (headHit || matched >= 2)) hits.push({ ref: e.ref, score });
        // The head noun alone names the product when no other product shares it — as written,
        // or misspelt in a word long enough not to be another word ("mine" is no "mini",
        // "sent" no "tent"; "keybord" is the keyboard).
        else if (
          headHit && heads.get(head) === 1 && head.length >= 4 &&
          (said.has(head) || head.length >= MIN_FUZZY_HEAD) && !usedAsVerb(lower, head)
        ) {
          headOnly.push({ ref: e.ref, score: 0.5 });
        }
      }
      // "Your two vacuums", "do you sell keyboards": a plural word several names share is the
      // kind of product, all of them (the head noun alone would name just one).
      if (hits.length === 0) {
        const kind = [...pluralsOf(text)].filter((w) => vocabulary.has(w));
        const all = entries.filter((e) => kind.some((w) => e.words.includes(w)));
        if (all.length >= 2) hits.push(...all.map((e) => ({ ref: e.ref, score: 0.5 })));
        else hits.push(...headOnly);
      }
      hits.sort((a, b) => b.score - a.score);
      const best = hits[0]?.score ?? 0;
      // Keep only the best readings: "mug" should not list every mug when one fits fully.
      return hits.filter((h) => h.score >= best - 0.2).slice(0, 5).map((h) => ({
        sku: h.ref.sku,
        name: h.ref.name,
      }));
    },
  };
}

/**
 * "Does it cover drops?", "the warranty covers that": a product's head noun ("Duvet Cover")
 * said as the verb of a pronoun or a rule, which names no product.
 */
function usedAsVerb(lower: string, head: string): boolean {
  return new RegExp(
    String
      .raw`\b(?:it|they|that|this|which|warranty|guarantee|insurance|policy)\s+(?:also\s+|even\s+|still\s+|not\s+)?${head}s?\b`,
  ).test(lower);
}

/** The shortest head noun that a misspelling alone may name. */
const MIN_FUZZY_HEAD = 6;

/** Message words whose near catalogue words are remembered (cleared when full). */
const NEAR_CACHE_SIZE = 20_000;

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 2 && !STOPWORDS.has(w))
    .map(singular);
}

/**
 * The plural words of a message, singular ("vacuums" → "vacuum"); not those that are the
 * customer's own ("my headphones" is the pair they have, found among their orders).
 */
function pluralsOf(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.toLowerCase().split(/[^a-z0-9]+/);
  for (const [i, w] of words.entries()) {
    if (w.length <= 3 || STOPWORDS.has(w) || singular(w) === w) continue;
    if (/^(?:my|our|mine|his|her|their)$/.test(words[i - 1] ?? "")) continue;
    out.add(singular(w));
  }
  return out;
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

function similar(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const max = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return max > 0 && Math.abs(a.length - b.length) <= max && editDistance(a, b) <= max;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
