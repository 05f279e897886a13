/**
 * "Actually make it 4" or "no wait, I meant the bottles" while a change of an order's items
 * waits for a yes: the change asked again with the count or the item corrected. Neither a
 * yes nor a no, it is the items' change asked again (the response takes what the message
 * corrects and keeps the rest of the change waiting, `actors/response/items_pending.ts`),
 * for its own yes — the next yes never carries out the count the customer corrected. Pure.
 */
import type { Entities, PendingAction } from "../../shared/protocol.ts";
import { COUNT_WORD_PATTERN, countWord } from "../../domain/count_words.ts";
import { asksAllOfThem } from "../../domain/all_of_them.ts";

/** A count: digits or a word up to ten. */
const COUNT = new RegExp(
  String.raw`\b(?:\d{1,2}|${COUNT_WORD_PATTERN.replace("none|", "")})\b`,
  "i",
);
/** Words that set or correct a count ("make it", "change it to", "instead", "actually"). */
const SETS =
  /\b(?:make it|make that|change (?:it|that) to|to|instead|actually|rather|i meant|i mean|meant|no|nope|wait|just|only|in total|total|more|less|fewer)\b/i;
/** An item corrected: "I meant the bottles", "no, the water bottles". */
const CORRECTS =
  /\b(?:i meant|i mean|meant|not the|no,? the|no,? just|no,? only|wait,? no|no wait|actually|rather|instead)\b/i;
/**
 * "Yes 4", "ok 4 please": a yes with a count of its own (the count waiting said with a yes is
 * the yes itself, read before this, `restated_pending.ts`).
 */
const YES_COUNT = new RegExp(
  String
    .raw`^\s*(?:yes|yeah|yep|yup|ok(?:ay)?|sure)[\s,.!]+${COUNT.source}(?:\s+(?!days?\b|weeks?\b)[a-z]+){0,3}?(?:\s+(?:please|pls))?\s*[.!]*\s*$`,
  "i",
);
/** Another item besides the one waiting: "and the shoes too", "the shoes as well". */
export const TOO = /\b(?:too|as well|also)\s*[.!]*\s*$/i;
/** The most words such a correction has. */
const MAX_WORDS = 12;

/** Whether the message corrects the count or the item of the items' change that waits. */
export function correctsPendingItems(
  text: string,
  entities: Entities,
  pending: PendingAction,
): boolean {
  if (pending.action.type !== "modify_items") return false;
  if (/\?/.test(text)) return false;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  // "Just one" to 2 → 3 bottles asked as "add another": the one it adds, not a count of one.
  if (addsWhatWaits(text, pending)) return false;
  // "Both then" to 2 → 1 bottles: every one of them, the waiting count corrected.
  if (lowersToAll(text, pending)) return true;
  const count = COUNT.test(text) && (SETS.test(text) || YES_COUNT.test(text));
  const item = ((entities.item_refs ?? []).length > 0 || entities.products.length > 0) &&
    (CORRECTS.test(text) || TOO.test(text));
  return count || item;
}

/** "Both", "all of them" while a change lowering one line's count waits. */
function lowersToAll(text: string, pending: PendingAction): boolean {
  const items = pending.action.params.items;
  if (!Array.isArray(items) || items.length !== 1) return false;
  const { quantity, was } = items[0] as { quantity?: unknown; was?: unknown };
  if (typeof quantity !== "number" || typeof was !== "number") return false;
  return asksAllOfThem(text, quantity, was);
}

/** "Just one", "only one more" naming what the waiting increase adds, with no total said. */
function addsWhatWaits(text: string, pending: PendingAction): boolean {
  const items = pending.action.params.items;
  if (!Array.isArray(items) || items.length !== 1) return false;
  const { quantity, was } = items[0] as { quantity?: unknown; was?: unknown };
  if (typeof quantity !== "number" || typeof was !== "number" || quantity <= was) return false;
  if (!/\b(?:just|only)\b/i.test(text) || /\b(?:total|altogether|in all|left)\b/i.test(text)) {
    return false;
  }
  // ("Just 1 more" is read as the count it adds, by the change of items itself.)
  return !/\bmore\b/i.test(text) && countSet(text) === quantity - was;
}

/** The one count a correction sets ("make it two", "just 2"), or null. */
function countSet(text: string): number | null {
  const m = [...text.matchAll(new RegExp(COUNT.source, "gi"))];
  if (m.length !== 1 || /\b(?:more|less|fewer|extra)\b/i.test(text)) return null;
  return countWord(m[0][0]);
}

/**
 * "Wait make it two" while 2 → 3 waits: the count the order has already, so there is
 * nothing to change — the change waiting is dropped (`withdraws_pending`), never kept for
 * the next yes. Empty when the count corrected is another.
 */
export function backToWas(text: string, pending: PendingAction): { withdraws_pending?: true } {
  const items = pending.action.params.items;
  if (pending.action.type !== "modify_items" || !Array.isArray(items) || items.length !== 1) {
    return {};
  }
  const was = (items[0] as { was?: unknown }).was;
  return typeof was === "number" && countSet(text) === was ? { withdraws_pending: true } : {};
}

/** Words of a no that keep things as they are ("no, leave it", "no don't"): no correction. */
const KEEPS = /\b(?:keep|leave|don'?t|do not|cancel|stop|forget|never ?mind|nvm|scrap)\b/i;

/**
 * "Wait no 4", "no, 4 please" while 2 → 5 bottles waits: the "no" corrects the count, it does
 * not turn the change down — read as the correction (`correctsPendingItems`), not a no.
 */
export function countForNo(
  text: string,
  reading: { confirmation?: string | null },
  pending: PendingAction,
): boolean {
  if (reading.confirmation !== "deny" || pending.action.type !== "modify_items") return false;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  return words.length <= 6 && !KEEPS.test(text) && COUNT.test(text);
}
