/**
 * "I'd like a refund for the frother then" while that very refund of the frother waits, "ok
 * then cancel them" while the shoes' removal waits, "yes 3" while 2 → 3 bottles waits, "both"
 * while one change for two orders waits: the reply says the waiting change again — its own
 * goods, its own kind of change, its own count, its own orders — and nothing else. That is a
 * yes (asking the same question again would only make them say it a third time).
 *
 * Safe by construction: every word must be the change's own (its goods, its verb, its count,
 * its order) or courtesy; goods named must be exactly the change's goods, never fewer or
 * others; a question, a no, a hedge or any other word leaves the reading as it was. Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import type { ConfirmationReading, ScoredRequest } from "./confirmation.ts";
import { noThenItems } from "./no_then_items.ts";
import { methodSwitch } from "./method_switch.ts";
import { faultOverPending } from "./fault_over_pending.ts";
import { bareOrderOverPending } from "./bare_order_over_pending.ts";
import { sentenceOverPending } from "./sentence_over_pending.ts";
export { OWN_REQUEST } from "./own_request.ts";
import type { ProductIndex, ProductRef } from "./products.ts";
import { countWord } from "../../domain/count_words.ts";
import { addressCorrected } from "./address_corrected.ts";

/** The most words such a reply has: longer ones say something of their own. */
const MAX_WORDS = 12;

/** Courtesy and glue: words that neither add nor take away from the change. */
const FILLER = new Set(
  ("yes yeah yea yeh yh yep yup ya ok okay k sure alright fine great perfect cool please pls plz " +
    "thanks thank you ty then so and i i'd id i'll ill would like want wanna love to do go " +
    "ahead that that's thats is the my a an for of from on in it its please just only but " +
    "now same as said lets let's can you could with").split(" "),
);
/** Before "all" or "everything", words that close a chat: "that's all", "that is everything". */
const CLOSES: ReadonlySet<string> = new Set(["that's", "thats", "is", "that’s"]);
/** The words that say a change's own kind, by the kind of change. */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  cancel_order: ["cancel", "cancelled", "canceled", "cancellation", "cancelling", "canceling"],
  refund: ["refund", "refunded", "refunding", "money", "back", "get", "have"],
  // (A whole order's own goods named with these are a yes; "the shoes" of two lines is not.)
  return_item: ["return", "returning", "send", "back", "get", "open", "start"],
  replacement: ["replace", "replacement", "send", "new", "one", "get"],
  modify_items: ["change", "make", "set", "update", "to"],
  expedite_order: ["expedite", "upgrade", "speed", "up", "rush", "express", "faster"],
  expedite_delivery: ["expedite", "speed", "up", "rush", "express", "faster"],
};
/** Changes of a whole order, which "all of it" says again. */
const WHOLE_CHANGES = new Set(["cancel_order", "refund", "return_item"]);
/** The whole order in words: "all of it", "everything", "the whole order". */
const WHOLE = new Set([
  "all",
  "of",
  "it",
  "everything",
  "whole",
  "entire",
  "order",
  "thing",
  "lot",
]);
/** Removal's own words, when every line of the change is taken off. */
const REMOVAL_WORDS = [
  "remove",
  "removed",
  "take",
  "off",
  "out",
  "cancel",
  "drop",
  "delete",
  "get",
  "rid",
];
/** Pronouns that stand for the change's goods when they are taken off ("cancel them"). */
const THEM = new Set(["them", "those", "these", "they"]);
/** Both of the orders one change covers: "both", "all of them", "both orders". */
const BOTH = new Set(["both", "all", "each", "them", "orders", "order"]);
/** A question, or a word that is a no or a doubt, anywhere: never a yes. */
const DOUBT =
  /[?¿]|\b(?:not?|nope|nah|never|don'?t|dont|won'?t|instead|rather|wait|hold|maybe|if)\b|n't\b/i;

/** What `restatedPending` needs besides the reading. */
export interface RestatedOptions {
  /** The catalogue's index, to tell the goods the reply names. */
  index: ProductIndex | null;
  /** The catalogue, to know the words of the change's goods' names. */
  products: readonly ProductRef[] | undefined;
}

/** The lines the change is for, by sku (upper case); empty when it names none. */
function goodsOf(action: PendingAction["action"]): { sku: string; quantity: number | null }[] {
  const items = action.params.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((raw) => {
    const it = raw as { sku?: unknown; quantity?: unknown };
    if (typeof it.sku !== "string") return [];
    return [{
      sku: it.sku.toUpperCase(),
      quantity: typeof it.quantity === "number" ? it.quantity : null,
    }];
  });
}

/** How many the change adds to its one line (its count less the count before), or null. */
function addedBy(action: PendingAction["action"], count: number): number | null {
  const items = action.params.items;
  const was = Array.isArray(items) && items.length === 1
    ? (items[0] as { was?: unknown }).was
    : undefined;
  return typeof was === "number" && count > was ? count - was : null;
}

/** "Yes please, all of it", "cancel everything": the whole order said, nothing else. */
function allOfIt(words: readonly string[], type: string): boolean {
  const kind = KIND_WORDS[type] ?? [];
  const rest = words.filter((w) => !FILLER.has(w) && !WHOLE.has(w) && !kind.includes(w));
  // "Ok thanks, that's all" closes the chat: "that's all" is no "all of it".
  const whole = words.some((w, i) =>
    (w === "all" || w === "everything" || w === "whole") && !CLOSES.has(words[i - 1] ?? "")
  );
  return rest.length === 0 && whole && words.some((w) => YES_WORDS.has(w) || kind.includes(w));
}

/** The goods of a change of a whole order (`goods`, filled in by the execution actor). */
function wholeGoods(action: PendingAction["action"]): { sku: string; quantity: number | null }[] {
  const skus = action.params.goods;
  if (!Array.isArray(skus)) return [];
  return skus.filter((s): s is string => typeof s === "string")
    .map((sku) => ({ sku: sku.toUpperCase(), quantity: null }));
}

/** The words of these products' names, singular and plural. */
function nameWords(skus: readonly string[], products: readonly ProductRef[]): Set<string> {
  const out = new Set<string>();
  for (const p of products) {
    if (!skus.includes(p.sku.toUpperCase())) continue;
    for (const w of p.name.toLowerCase().split(/[^a-z0-9]+/)) {
      if (w.length < 2) continue;
      out.add(w).add(`${w}s`).add(`${w}es`);
      if (w.endsWith("s")) out.add(w.slice(0, -1));
    }
  }
  return out;
}

/** The reading of a reply that says the waiting change again and nothing else, or null. */
export function restatedPending(
  reading: ConfirmationReading,
  text: string,
  pending: PendingAction,
  opts: RestatedOptions,
): ConfirmationReading | null {
  if (reading.label === "affirm" || reading.label === "deny" || DOUBT.test(text)) return null;
  const words: string[] = [...(text.toLowerCase().match(/[\p{L}\p{N}'#-]+/gu) ?? [])];
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const yes = { label: "affirm" as const, request: null };
  // "Both", "yes all of them" while one change for two orders waits: the one yes it asked.
  if (pending.also?.length && words.some((w) => w === "both" || w === "all")) {
    const rest = words.filter((w) => !FILLER.has(w) && !BOTH.has(w));
    if (rest.length === 0) return { ...yes, reason: "both of the orders the change covers" };
  }
  const action = pending.action;
  // "Ok a return then", "yes, the refund please": a yes with the change's own name, no more.
  if (yesWithName(words, action.type)) return { ...yes, reason: "a yes naming the change" };
  const part = goodsOf(action);
  // "Yes please, all of it" while the whole order's cancellation (refund, return) waits.
  if (part.length === 0 && WHOLE_CHANGES.has(action.type) && allOfIt(words, action.type)) {
    return { ...yes, reason: "the whole order, as the change waiting" };
  }
  // A change of a whole order names all its goods ("yes cancel the monitor" to 2002's).
  const goods = part.length > 0 ? part : wholeGoods(action);
  const catalogue = opts.products;
  if (goods.length === 0 || !catalogue) return null;
  const skus = goods.map((g) => g.sku);
  // Goods named are exactly the change's: "the frother" to the frother's refund, never
  // "the frother" to the refund of the frother and the machine (that narrows it). Each line
  // is named by a word of its own name; a word of none of them ends the reading below.
  const mentioned = skus.filter((sku) =>
    [...nameWords([sku], catalogue)].some((w) => words.includes(w))
  );
  const named = (opts.index?.match(text) ?? []).map((p) => p.sku.toUpperCase())
    .filter((sku) => skus.includes(sku) || mentioned.length === 0);
  if (named.some((s) => !skus.includes(s))) return null;
  if (mentioned.length > 0 && mentioned.length < skus.length) return null;
  const removal = action.type === "modify_items" && goods.every((g) => g.quantity === 0);
  const kind = new Set([...(KIND_WORDS[action.type] ?? []), ...(removal ? REMOVAL_WORDS : [])]);
  const own = nameWords(skus, catalogue);
  const digits = (action.order_id ?? "").toLowerCase().replace(/^ord-?/, "");
  // The count the change sets, when it sets one line to a count ("yes 3", "3 bottles").
  const count = goods.length === 1 && !removal ? goods[0].quantity : null;
  // "Just one" (or "one more") to 2 → 3 bottles, asked as "add another": the one it adds.
  const added = count !== null ? addedBy(action, count) : null;
  const onlyAdded = added !== null && /\b(?:just|only|more)\b/i.test(text);
  let said = named.length > 0;
  let verb = false;
  let more = false;
  for (const [i, w] of words.entries()) {
    if (FILLER.has(w) || w === digits || w === `#${digits}` || w === `ord-${digits}`) continue;
    // "Cancel the skillet order", "cancel the duvet one": the order called by its own goods.
    if ((w === "order" || w === "one") && i > 0 && own.has(words[i - 1])) continue;
    if (own.has(w)) said = true;
    else if (kind.has(w)) verb = true;
    else if (removal && (THEM.has(w) || w === "all" || w === "both")) said = true;
    else if (count !== null && countWord(w) === count) said = true;
    else if (onlyAdded && countWord(w) === added) said = more = true;
    else if (onlyAdded && w === "more") continue;
    else return null;
  }
  // Said without a yes, it is asked again as it stands (`pending_quantity.ts`: no count of one).
  if (more && said) {
    if (!verb && !words.some((w) => YES_WORDS.has(w))) return null;
    return { ...yes, reason: "says again what the waiting change adds" };
  }
  // "All of them" to a removal of every one of a line: the whole line, as proposed.
  const all = removal && words.some((w) => w === "all" || w === "both");
  // "Cancel them all" may be the whole order: asked about, never taken for the line's removal.
  if (all && words.some((w) => w === "cancel")) return null;
  if (!said || !(verb || all || words.some((w) => YES_WORDS.has(w)))) return null;
  return { ...yes, reason: "says the waiting change again" };
}

/** The change's own name, by the kind of change: "ok a return then" to the return waiting. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  cancel_order: ["cancel", "cancellation"],
  refund: ["refund"],
  return_item: ["return"],
  replacement: ["replace", "replacement"],
};

/** A yes word, the change's own name and courtesy, nothing else. */
function yesWithName(words: readonly string[], type: string): boolean {
  const names = NAMES[type] ?? [];
  const rest = words.filter((w) => !FILLER.has(w) && !names.includes(w));
  return rest.length === 0 && words.some((w) => YES_WORDS.has(w)) &&
    words.some((w) => names.includes(w));
}

/** A yes word, which with the change's own goods or count is enough ("3 bottles yes"). */
const YES_WORDS = new Set(["yes", "yeah", "yea", "yeh", "yh", "yep", "yup", "ok", "okay", "sure"]);

/**
 * The readings that need the waiting change's own details, in turn: a no then another change
 * of its items, another speed named, the change said again. The reading unchanged otherwise.
 */
export function againstPending(
  read: ConfirmationReading,
  text: string,
  pending: PendingAction,
  opts: RestatedOptions & { classify: (t: string) => ScoredRequest },
): ConfirmationReading {
  return addressCorrected(text, pending.action) ??
    faultOverPending(read, text, pending.action, opts.index) ??
    bareOrderOverPending(read, text, pending.action, opts.classify) ??
    sentenceOverPending(read, text, pending.action, opts.classify) ??
    noThenItems(read, text, pending.action, opts.classify) ??
    methodSwitch(read, text, pending.action) ?? restatedPending(read, text, pending, opts) ?? read;
}
