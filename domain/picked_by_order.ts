/**
 * "Yes for 1003 not 1002", "yes to 1003, no to 1002", "only 1002", "just ORD-1002 please" while
 * the change of one order waits and the change of another was put off behind it (two changes
 * asked in one message): which of the two the shopper picks, by the orders' numbers alone. The
 * waiting one is a yes to it (the other let go); the one put off drops the waiting change and
 * asks for it. Anything beyond a few yes, no and joining words — a question, a third order, a
 * hedge — picks nothing. Pure.
 */
import type { DeferredRequest } from "../shared/protocol.ts";

/** Which change the reply picks: the one waiting, or the one put off behind it. */
export type OrderPick = "waiting" | "put_off";

/** An order's number, as said: "1003", "#1003", "ORD-1003", "order 1003". */
const NUMBER = /(?:\bord-?\s?|#|\b)(\d{4})\b/gi;
/** A no just before a number: "not 1002", "no to 1002", "don't do 1002", "leave 1002". */
const NO_BEFORE =
  /\b(?:not|no|don'?t|dont|leave|keep|skip|forget)(?:\s+(?:to|for|on|with|do|the|order|ord))*\s*[#]?$/i;
/** "Only", "just": the order named and not the other. */
const ONLY = /\b(?:only|just)\b/i;
/** Words such a pick is made of; any other word picks nothing. */
const PICK_WORDS = new Set([
  "yes",
  "yeah",
  "yea",
  "yep",
  "yup",
  "ok",
  "okay",
  "sure",
  "only",
  "just",
  "for",
  "to",
  "on",
  "with",
  "the",
  "order",
  "ord",
  "one",
  "please",
  "pls",
  "not",
  "no",
  "but",
  "and",
  "do",
  "don't",
  "dont",
  "leave",
  "keep",
  "skip",
  "go",
  "ahead",
  "thanks",
]);

/** The change the reply picks by the orders' numbers, or null. */
export function pickedByOrder(
  text: string,
  pendingOrder: string | null,
  putOff: readonly DeferredRequest[],
): OrderPick | null {
  const waiting = putOff.filter((d) => !d.raised);
  if (!pendingOrder || waiting.length !== 1 || !waiting[0].order_id || /\?/.test(text)) {
    return null;
  }
  const deferredOrder = waiting[0].order_id;
  if (deferredOrder === pendingOrder) return null;
  const words = text.toLowerCase().replace(NUMBER, " ").match(/[\p{L}']+/gu) ?? [];
  if (words.length > 10 || words.some((w) => !PICK_WORDS.has(w))) return null;
  const yes = new Set<string>();
  const no = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const id = `ORD-${m[1]}`;
    if (id !== pendingOrder && id !== deferredOrder) return null;
    (NO_BEFORE.test(text.slice(0, m.index)) ? no : yes).add(id);
  }
  if (yes.size !== 1 || [...yes].some((id) => no.has(id))) return null;
  const [picked] = yes;
  const other = picked === pendingOrder ? deferredOrder : pendingOrder;
  // The other turned down, or "only"/"just" the one named.
  if (!no.has(other) && !ONLY.test(text)) return null;
  return picked === pendingOrder ? "waiting" : "put_off";
}
