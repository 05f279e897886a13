/**
 * Whether a customer's words name one line of their order: by its name, its noun, a telling
 * word of the name ("the water one" of "Insulated Water Bottle"), or a misspelling of one
 * ("water botle"). The words are compared with the few lines of that order only, so a
 * five-letter typo can be read (`MIN_TYPO_LENGTH_FEW`).
 */
import { MIN_TYPO_LENGTH_FEW, misspeltWord } from "./spelling.ts";

/** Words of item names too common to tell one line from another. */
const GENERIC = new Set([
  "with",
  "pack",
  "size",
  "inch",
  "black",
  "white",
  "small",
  "large",
  "extra",
  "order",
  "items",
  "item",
]);

/** The words of a text, lower case, split on anything but letters and digits. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** Plurals not made with an "s": "the mice" of a "Wireless Mouse", "knives" of a "Knife". */
const IRREGULAR: Readonly<Record<string, string>> = {
  mice: "mouse",
  knives: "knife",
  shelves: "shelf",
  loaves: "loaf",
  leaves: "leaf",
  halves: "half",
  feet: "foot",
  teeth: "tooth",
  geese: "goose",
};

/** A plural's singular, crudely: "bottles" → "bottle", "mice" → "mouse", "shoes" kept whole besides. */
function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  return word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/**
 * The telling words of an item's name (four letters or more, not generic), their singulars,
 * and the stem of an "-ing" word ("the dock" of a "Docking Station").
 */
export function tellingWords(name: string): string[] {
  const words = wordsOf(name).filter((w) => w.length >= 4 && !GENERIC.has(w));
  const stems = words.filter((w) => w.endsWith("ing") && w.length >= 7).map((w) => w.slice(0, -3));
  return [...new Set([...words, ...words.map(singular), ...stems])];
}

/**
 * Whether `text` names the item called `name` by a telling word of it, written right or
 * misspelt by one edit (two in long words), plural or not.
 */
export function namesItemWord(text: string, name: string): boolean {
  const telling = tellingWords(name);
  if (telling.length === 0) return false;
  for (const raw of wordsOf(text)) {
    const w = singular(raw);
    if (telling.includes(w) || telling.includes(raw)) return true;
    if (
      misspeltWord(w, telling, MIN_TYPO_LENGTH_FEW) ??
        misspeltWord(raw, telling, MIN_TYPO_LENGTH_FEW)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * An order named by what is in it: "my espresso order", "the mixer order" — the words between
 * the article and "order" name no other thing ("the frother from my espresso order": only
 * "my espresso order").
 */
export const ORDER_NAMED_BY =
  /\b(?:my|the|this|that|our)\s+(?:(?!(?:my|the|this|that|our|from|in|of|with|for|and|on|to|is|was|a|an)\b)[\w'-]+\s+){1,4}order\b/gi;

/**
 * The lines of an order the words name by a telling word (typos included), leaving out the
 * words that name the order itself ("the wrong frother in my espresso order": the frother).
 */
export function linesNamed<T extends { name: string }>(text: string, lines: readonly T[]): T[] {
  // "I received my espresso machine but the milk frother is missing": the goods of the part
  // that tells the problem, when another part names goods that came well.
  const parts = text.split(CLAUSE);
  const troubled = parts.filter((p) => PROBLEM.test(p));
  if (troubled.length > 0 && troubled.length < parts.length) {
    const named = linesNamedIn(troubled.join(" . "), lines);
    if (named.length > 0) return named;
  }
  return linesNamedIn(text, lines);
}

/** Where one thought of a message ends: "but", "though", a full stop. */
const CLAUSE = /\b(?:but|however|though|although|except)\b|[.;!?]+(?:\s|$)/i;

/** Words of a problem with goods: missing, broken, wrong, not working. */
const PROBLEM =
  /\b(?:missing|without|broken|broke|damaged|dented|cracked|smashed|shattered|scratched|wrong|faulty|defective|leak\w*|stopped|dead|doesn'?t|does not|didn'?t|did not|wasn'?t|weren'?t|isn'?t|aren'?t|won'?t|not (?:in|included|working|there)|no longer)\b/i;

function linesNamedIn<T extends { name: string }>(text: string, lines: readonly T[]): T[] {
  const rest = text.replace(ORDER_NAMED_BY, " ");
  const named = lines.filter((l) => namesItemWord(rest, l.name));
  return named.length > 0 ? named : lines.filter((l) => namesItemWord(text, l.name));
}
