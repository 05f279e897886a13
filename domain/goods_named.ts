/**
 * Orders named by their goods, each by a word of its own: "speed up my headphones order and
 * my shoes order", "the vacuum never came and the mixer is broken". A word several orders
 * share ("bottle" bought twice) names none of them here — that is a question of which one,
 * not several orders meant together. Read by the decision router (a change asked of several
 * orders is a change) and by the response (each order its own answer). Pure.
 */
import type { OrderView } from "../shared/protocol.ts";

/** Words of item names too common to tell one order from another (shared with the context). */
export const ITEM_NOISE: readonly string[] = [
  "order",
  "with",
  "pack",
  "set",
  "size",
  "black",
  "white",
  "blue",
  "small",
  "large",
];

/** Here "27-inch" tells no order from another either. */
const GENERIC = new Set([...ITEM_NOISE, "inch"]);

/** A word of an item's name with a plural's "s" dropped ("headphones" → "headphone"). */
export function itemStem(word: string): string {
  return word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word;
}

/** An order's telling words, stemmed: its items' head nouns, and the other words apart. */
interface OrderWords {
  heads: Set<string>;
  others: Set<string>;
}

/** The telling words of each item name seen, stemmed (a shop has a few hundred names). */
const nameWords = new Map<string, readonly string[]>();

/** The telling words of an item's name, stemmed; its head noun last. */
function wordsOfName(name: string): readonly string[] {
  let words = nameWords.get(name);
  if (words === undefined) {
    words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !GENERIC.has(w))
      .map(itemStem);
    if (nameWords.size >= 4096) nameWords.clear();
    nameWords.set(name, words);
  }
  return words;
}

/** The telling words of an order's item names, stemmed: the last of each is its head noun. */
function wordsOfOrder(o: OrderView): OrderWords {
  const out: OrderWords = { heads: new Set(), others: new Set() };
  for (const item of o.items) {
    const words = wordsOfName(item.name);
    words.forEach((w, i) => (i === words.length - 1 ? out.heads : out.others).add(w));
  }
  return out;
}

/** Words that may follow a word naming goods: the order's nouns, and words that are no noun. */
const AFTER_GOODS = new Set(
  ("order orders one parcel package delivery shipment is isnt was wasnt has hasnt have havent " +
    "had never still not and or but also arrived came come never did didnt to from in on at " +
    "with without for please pls plz too as yet i it its that which " +
    // "Get the vacuum refunded", "the mixer replaced": what is to be done to the goods.
    "refunded replaced returned cancelled canceled exchanged swapped repaired fixed sent " +
    "shipped delivered expedited").split(" "),
);
/** Words before goods named: "my", "the"… */
const DETERMINER = new Set("my the your this that our his her".split(" "));

/**
 * Whether the word at `i` of `words` names goods of an order whose words are `own`: a head
 * noun always ("headphones"); another word of the name ("vacuum" of "Robot Vacuum Cleaner")
 * only before another word of the name, a word that is no noun, or after "my"/"the" at the
 * end of a phrase — "the water tank" and "a weird noise" name no water bottle or headphones.
 */
function names(words: readonly string[], ends: readonly boolean[], i: number, own: OrderWords) {
  const w = itemStem(words[i]);
  if (own.heads.has(w)) return true;
  if (!own.others.has(w)) return false;
  const next = words[i + 1];
  if (next !== undefined && !ends[i]) {
    const n = itemStem(next);
    return own.heads.has(n) || own.others.has(n) || AFTER_GOODS.has(next);
  }
  return i > 0 && DETERMINER.has(words[i - 1]);
}

/**
 * The orders `text` names by a word of their goods that no other of `orders` shares, in the
 * order the text names them first.
 */
export function ordersNamedByGoods(orders: readonly OrderView[], text: string): OrderView[] {
  const all = orders.map((o) => ({ o, own: wordsOfOrder(o) }));
  const words: string[] = [];
  const ends: boolean[] = [];
  for (const m of text.toLowerCase().matchAll(/([a-z0-9']+)([^a-z0-9']*)/g)) {
    words.push(m[1].replace(/'/g, ""));
    ends.push(/[^\s]/.test(m[2]));
  }
  const out: OrderView[] = [];
  for (let i = 0; i < words.length; i++) {
    const fit = all.filter(({ own }) => names(words, ends, i, own));
    if (fit.length === 1 && !out.includes(fit[0].o)) out.push(fit[0].o);
  }
  return out;
}

/** A stretch of a message with where it stands in it. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

/** Where a message is cut: sentence ends, commas, semicolons, and joining words. */
const CUT = /[.!?;\n]+|,|\b(?:and|but|also|plus|then)\b/gi;

/**
 * The stretches of a message that may each be about one order, with their offsets: its
 * sentences, cut again at commas, semicolons and "and", "but", "also", "plus", "then".
 */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
  };
  for (const m of text.matchAll(CUT)) {
    push(m.index!);
    from = m.index! + m[0].length;
  }
  push(text.length);
  return out;
}
