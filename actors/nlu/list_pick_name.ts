/**
 * "The studio ones", "the kids one", "noise cancelling pls" after we listed products and asked
 * which: the one listed product whose name has a word of the message the others' names lack.
 * The message named no product the catalogue reader could pin down ("the studio ones" fits
 * no name whole), and alone it read as a problem with the order of headphones they have.
 * Pure.
 */
import { placeChoice, priceChoice } from "../../domain/product_questions.ts";
import { itemStem } from "../../domain/goods_named.ts";

/** Words that tell no product from another. */
const PLAIN = new Set([
  "the",
  "one",
  "ones",
  "a",
  "an",
  "and",
  "with",
  "for",
  "of",
  "please",
  "pls",
  "those",
  "that",
  "these",
  "this",
]);

/** The words of a name or a message, lower case, a plural's "s" dropped as items' words are. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 3 && !PLAIN.has(w))
    .map(itemStem);
}

/**
 * The SKU of the one listed product the text picks by a word of its name that no other listed
 * product's name has; null when none or several fit, or the text is more than a short pick.
 */
export function pickedByName(
  text: string,
  listed: readonly string[],
  names: ReadonlyMap<string, string>,
): string | null {
  const said = wordsOf(text);
  if (said.length === 0 || said.length > 4) return null;
  const own = listed.map((sku) => ({ sku, words: new Set(wordsOf(names.get(sku) ?? "")) }));
  const fit = own.filter((p) =>
    said.some((w) => p.words.has(w) && own.every((q) => q === p || !q.words.has(w)))
  );
  return fit.length === 1 ? fit[0].sku : null;
}

/**
 * The listed products the text picks: by place ("the second one"), all of them for the
 * context to choose by price ("the cheapest"), or by a word of one name ("the studio ones").
 */
export function listChoice(
  text: string,
  listed: readonly string[],
  catalogue: readonly { sku: string; name: string }[],
): { sku: string; name: string }[] {
  const place = placeChoice(text, listed.length);
  const names = new Map(catalogue.map((p) => [p.sku, p.name]));
  const named = pickedByName(text, listed, names);
  const chosen = place !== null
    ? [listed[place]]
    : priceChoice(text)
    ? listed
    : named
    ? [named]
    : [];
  return chosen.flatMap((sku) => names.has(sku) ? [{ sku, name: names.get(sku)! }] : []);
}
