/**
 * Which of the customer's orders a message mentions by what is in them ("my headphones",
 * a catalogue product), matched on the telling words of the items' names.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { MIN_TYPO_LENGTH_FEW, misspeltWord } from "../../domain/spelling.ts";
import { ITEM_NOISE, itemStem } from "../../domain/goods_named.ts";

/** Words of item names too common to tell one order from another. */
const GENERIC = new Set(ITEM_NOISE);

/**
 * The customer's orders the message mentions by product (a catalogue entity, or a word of
 * an item's name: "my headphones", or a misspelling of one in a word of five letters or more:
 * "my hedphones", "my vacum" in `named`, the things the customer named), so "where are my headphones"
 * means that order.
 */
export function ordersMentioned(
  orders: readonly OrderView[],
  text: string,
  skus: readonly string[],
  named = "",
): OrderView[] {
  const words = wordsOf(text);
  if (words.size === 0 && skus.length === 0) return [];
  const index = mentionIndex(orders);
  const hit = new Set<OrderView>();
  for (const w of words) {
    // "It leaks water from the bottom", "it makes a noise": a substance, not the goods
    // named by it, unless the name goes on ("water bottle", "the water one").
    if (SUBSTANCES.has(w) && !nameGoesOn(text, w, index)) continue;
    index.words.get(w)?.forEach((o) => hit.add(o));
  }
  if (hit.size === 0) {
    // "wheres my hedphones": a misspelt word of an item's name names it too, in the things
    // the customer calls theirs only ("I was charged" names no charger).
    // Their own goods are a few words, so a five-letter typo is read too ("my vacum").
    for (const w of wordsOf(named)) {
      const near = misspeltWord(w, index.words.keys(), MIN_TYPO_LENGTH_FEW);
      index.words.get(near ?? "")?.forEach((o) => hit.add(o));
    }
  }
  for (const sku of skus) index.skus.get(sku)?.forEach((o) => hit.add(o));
  return hit.size === 0 ? [] : orders.filter((o) => hit.has(o));
}

/** Words of item names that are also what a fault is told with ("leaks water"). */
const SUBSTANCES = new Set(["water", "milk", "noise", "sound", "coffee", "power", "light", "heat"]);

/** Whether some use of `word` in the text is followed by "one" or another word of a name. */
function nameGoesOn(text: string, word: string, index: MentionIndex): boolean {
  const all = text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return all.some((w, i) => {
    const next = all[i + 1];
    return w === word && next !== undefined &&
      (next === "one" || next === "ones" || index.words.has(itemStem(next)));
  });
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4).map(itemStem));
}

/** The orders by each telling word of their items' names (stemmed) and by sku. */
interface MentionIndex {
  words: Map<string, OrderView[]>;
  skus: Map<string, OrderView[]>;
}

/** Built once per list: a cached customer part is shared by many turns. */
const INDEXES = new WeakMap<readonly OrderView[], MentionIndex>();

function mentionIndex(orders: readonly OrderView[]): MentionIndex {
  let index = INDEXES.get(orders);
  if (index) return index;
  index = { words: new Map(), skus: new Map() };
  const add = (map: Map<string, OrderView[]>, key: string, o: OrderView) => {
    const list = map.get(key);
    if (!list) map.set(key, [o]);
    else if (list.at(-1) !== o) list.push(o);
  };
  for (const o of orders) {
    for (const item of o.items) {
      add(index.skus, item.sku, o);
      for (const w of item.name.toLowerCase().split(/[^a-z0-9]+/)) {
        if (w.length >= 4 && !GENERIC.has(w)) add(index.words, itemStem(w), o);
      }
    }
  }
  INDEXES.set(orders, index);
  return index;
}
