/**
 * "Can you add a milk frother to order 1003?", "swap the water bottles for a milk frother":
 * a product of the catalogue that the order does not hold yet, added to an order that has not
 * shipped (and, for a swap, the line it takes the place of taken off). The store's change of
 * items takes any product of the catalogue; only lines the order already held were read, so
 * the shopper was asked "which item would you like to change?", or told a replacement needs a
 * delivered order. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { type ItemChanges, mentions, quantityIn } from "./items.ts";
import type { TurnView } from "./view.ts";

/** Words that add goods: "add", "put … on", "include", "throw in", "i also want". */
const ADDS =
  /\b(?:add(?:ing)?|put|include|throw in|stick|tack on|(?:also|too)\s+want|want\s+to\s+add|can i (?:also )?(?:get|have))\b/i;
/** Words that put one thing in another's place: "swap X for Y", "replace X with Y". */
const SWAPS =
  /\b(?:swap|switch|exchange|replace|change)\b[^.?!]{0,60}?\b(?:for|with|to|into)\b|\binstead of\b/i;
/** The most units of one product added from the chat at once (more is read as one). */
const MAX_ADDED = 10;

/** The product added (and the line it replaces), or null when the message adds none. */
export function addedProduct(v: TurnView, order: OrderView): ItemChanges | null {
  // "Change it to 2 monitors" on the monitor's order: "monitor" is that line's word, no
  // Studio Monitor Headphones added (a product named only by words a line has is that line).
  const lineWords = new Set(order.items.flatMap((l) => wordsOf(l.name)));
  const fresh = v.entities.products.filter((p) =>
    !order.items.some((l) => l.sku.toUpperCase() === p.sku.toUpperCase()) &&
    wordsOf(p.name).some((w) => !lineWords.has(w) && saidIn(v.text, w))
  );
  if (fresh.length !== 1) return null;
  const product = fresh[0];
  const swap = SWAPS.test(v.text);
  // The product said in the sentence of the verb, after it: "add a frother", not "add another
  // bottle. is the frother in stock?".
  const verb = (swap ? SWAPS : ADDS).exec(v.text);
  if (!verb || !namedAfter(v.text, verb.index, product.name)) return null;
  const count = quantityIn(v, v.text, 0);
  const quantity = count !== null && count > 0 && count <= MAX_ADDED ? count : 1;
  const added = { sku: product.sku, quantity };
  const what = `${quantity}× ${product.name}`;
  if (!swap) return { items: [added], summary: `add ${what}` };
  // The line it takes the place of: the one line of the order the words name.
  const out = order.items.filter((l) => mentions(v.text, l.name, l.sku) || namesShort(v.text, l));
  if (out.length !== 1) return null;
  return {
    items: [{ sku: out[0].sku, quantity: 0 }, added],
    summary: `remove the ${out[0].name}, and add ${what}`,
  };
}

/** "The water bottles", "the shoes": a line named by the last word of its name. */
function namesShort(text: string, line: OrderView["items"][number]): boolean {
  const last = line.name.toLowerCase().split(/\s+/).at(-1) ?? "";
  return last.length > 3 &&
    new RegExp(`\\b${escaped(last.replace(/s$/, ""))}s?\\b`, "i").test(text);
}

/** Whether a word of `name` is said after `from`, in the same sentence. */
function namedAfter(text: string, from: number, name: string): boolean {
  const rest = text.slice(from).split(/[.?!]/)[0].toLowerCase();
  return name.toLowerCase().split(/\s+/).some((w) =>
    w.length > 3 && new RegExp(`\\b${escaped(w.replace(/s$/, ""))}`).test(rest)
  );
}

/** The words of a product's name that can name it (four letters or more, singular). */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[^a-z0-9-]+/).filter((w) => w.length > 3)
    .map((w) => w.replace(/s$/, ""));
}

/** Whether the text says the word, in the singular or the plural. */
function saidIn(text: string, word: string): boolean {
  return new RegExp(`\\b${escaped(word)}(?:s|es)?\\b`, "i").test(text);
}

/** A word as a pattern that matches it literally. */
function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
