/**
 * "Just one of them" while the return of a whole order waits: the customer wants to send
 * back part of it. The reply asks which items, naming the order's lines, and keeps the
 * return waiting; the answer ("the espresso machine") narrows it
 * (`actors/nlu/pending_items.ts`).
 */
import { pendingOrder } from "./pending_details.ts";
import { asksForWhole } from "../../domain/return_scope.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** "Only one", "just some of it", "not both", "not everything": part of the order. */
const PART =
  /\b(?:(?:just|only)\s+(?:the\s+)?(?:one|some|part|a few|one item|one thing)|one of (?:them|those|the items)|not (?:all|both|everything|the whole (?:order|thing)))\b/i;

/** The question which items to send back, or null when the reply asks for no part of it. */
export function whichItemsToReturn(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || p.action.type !== "return_item" || Array.isArray(p.action.params.items)) return null;
  if (v.confirmation !== "unclear" || !PART.test(v.text)) return null;
  const order = pendingOrder(v, p);
  if (!order || order.items.length < 2) return null;
  const names = order.items.map((l) => `the ${l.name}`);
  const list = `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return draft("return_which_items", tone, [
    `Of course — which would you like to send back from order ${order.id}: ${list}?`,
    "Nothing has been returned yet.",
  ]);
}

/**
 * "Both items pls" while the return of the whole order waits: it already covers them all —
 * said so, naming the lines, and asked once more (the scope is no yes of its own).
 */
export function wholeReturnCovered(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || p.action.type !== "return_item" || Array.isArray(p.action.params.items)) return null;
  if (v.confirmation !== "unclear" || PART.test(v.text) || !asksForWhole(v.text)) return null;
  const order = pendingOrder(v, p);
  if (!order || order.items.length < 2) return null;
  const names = order.items.map((l) => `the ${l.name}`);
  const list = `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return draft("return_whole_covered", tone, [
    `Yes — the return covers all of order ${order.id}: ${list}.`,
    "Nothing has been returned yet. Shall I open it and email you the prepaid label? " +
    "Reply yes to confirm.",
  ]);
}
