/**
 * The changes a customer names when they choose between ways of putting something right:
 * "no actually the refund", "nah make it a refund", "I'd rather have my money back", "send
 * a replacement instead", "cancel it instead". Read while a change waits for their yes (a
 * switch to another change) or after a reply that offered several (a choice). Pure.
 */
import type { ActionType, Intent } from "../../shared/protocol.ts";
import { asksForReplacement } from "../../domain/intents.ts";

/** A change a customer can name in a few words. */
export type NamedChange = Extract<
  ActionType,
  "refund" | "replacement" | "cancel_order" | "return_item"
>;

/** The words that name each change (a replacement: the domain's own words). */
const WORDS: Record<Exclude<NamedChange, "replacement">, RegExp> = {
  refund: /\b(?:refund(?:ed|ing)?|money back|my money|reimburse(?:d|ment)?)\b/gi,
  cancel_order: /\b(?:cancel(?:l?ed|l?ing)?|cancell?ation)\b/gi,
  return_item: /\b(?:(?:a|the) return|return (?:it|them|the \w+)|send (?:it|them) back)\b/gi,
};
const REPLACEMENT =
  /\b(?:replacement|replace|re-?ship|re-?send|send (?:me )?(?:a |another )?(?:new|fresh|second) (?:one|unit|parcel)|send (?:it|them) again)\b/gi;

/** Words that negate a change named after them in the same clause ("don't want a refund"). */
const NEGATION =
  /\b(?:not|never|without|don'?t|dont|do not|doesn'?t|won'?t|wont|no longer|rather not)\b/i;
/** Where a clause ends: a negation before it says nothing of what follows. */
const CLAUSE_END = /[,.;:!?]|\s[-–—]\s/;

/** A question about a change rather than a choice of it: "how long does a refund take?". */
const ASKS_ABOUT =
  /^\s*(?:(?:how|when|what|why|where|who)(?:'?s)?|which|is|are|does|do|did|will|would|should|has|have)\b|(?:^|[.!?;]\s+)(?:(?:hmm+|um+|erm|ok(?:ay)?|so|and|but|oh|well|wait|actually|hey)[\s,]+)*(?:(?:how|when|why|where|who)(?:'?s)?|what(?:'?s)?(?!\s+about\b)|which)\b/i;

/** Words that make a change named a choice ("the refund", "make it a refund", "refund instead"). */
const CHOICE_CUE =
  /\b(?:the|a|an|make it|rather|instead|prefer|want|just|go with|take|get|send|please|pls|do|meant|mean)\b/i;

/** The intent under which each change is requested. */
export const CHANGE_INTENT: Readonly<Record<NamedChange, Intent>> = {
  refund: "refund_request",
  // Replacements are for lost or damaged deliveries (domain/intents.ts REPLACEMENT_INTENTS).
  replacement: "delivery_problem",
  cancel_order: "cancel_order",
  return_item: "return_item",
};

/** Longest message read as a choice of a change (longer ones say more than that). */
const MAX_WORDS = 16;

/** The changes the text names and does not negate, in the order they are named. */
export function namedChanges(text: string): NamedChange[] {
  const found: { change: NamedChange; at: number }[] = [];
  const scan = (change: NamedChange, re: RegExp) => {
    for (const m of text.matchAll(re)) {
      const before = text.slice(0, m.index);
      if (negatedBefore(before)) continue;
      found.push({ change, at: m.index ?? 0 });
    }
  };
  for (const [change, re] of Object.entries(WORDS)) scan(change as NamedChange, re);
  if (asksForReplacement(text)) scan("replacement", REPLACEMENT);
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.change))];
}

/**
 * True when the change named after `before` is negated: "no refund", "I don't want a
 * replacement". A "no" that answers the proposal ("no, the refund", "no actually a refund")
 * negates nothing named after it.
 */
function negatedBefore(before: string): boolean {
  const clause = before.split(CLAUSE_END).pop() ?? "";
  if (/\bno\s+$/i.test(clause)) return true;
  return NEGATION.test(clause.trim().split(/\s+/).slice(-4).join(" "));
}

/**
 * The one change, other than `pending`, that a short reply chooses instead — "no actually
 * the refund" while a replacement waits — or null: none named, several, a question about
 * one ("how long does a refund take?"), or a message too long to be a choice.
 */
export function switchedChange(text: string, pending: ActionType): NamedChange | null {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  if (ASKS_ABOUT.test(text) || !CHOICE_CUE.test(text)) return null;
  const others = namedChanges(text).filter((c) => c !== pending);
  return others.length === 1 ? others[0] : null;
}

/**
 * True when a short reply names the pending change itself and nothing else ("the refund"
 * while a refund waits): no yes, and no new request either.
 */
export function restatesChange(text: string, pending: ActionType): boolean {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (ASKS_ABOUT.test(text) || !CHOICE_CUE.test(text)) return false;
  const named = namedChanges(text);
  return named.length === 1 && named[0] === pending;
}

/** The one of the changes `offered` that a short reply chooses, or null. */
export function chosenChange(text: string, offered: readonly ActionType[]): NamedChange | null {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  // We asked which: the change's name alone ("refund") is the answer.
  if (ASKS_ABOUT.test(text)) return null;
  const chosen = namedChanges(text).filter((c) => offered.includes(c));
  return chosen.length === 1 ? chosen[0] : null;
}
