/**
 * "Wait no, the frother only" while the return of the espresso machine waits: not a no to
 * returning anything, but the return asked again for the item meant. Read as the return of
 * what is named now, for its own yes (the response narrows the return to those items,
 * `actors/response/return_items.ts`); the first proposal is not carried out. Pure.
 */
import type { Entities, PendingAction } from "../../shared/protocol.ts";

/** "No", "nope", "wait", "actually", "i meant", "not the …", "only", "instead": a correction. */
const CORRECTION =
  /\b(?:no|nope|nah|wait|actually|sorry|oops|i meant|i mean|meant|not the|only|just the|instead)\b/i;
/** The most words such a correction has. */
const MAX_WORDS = 12;

/**
 * Whether the reply corrects which item of the order a waiting return of some of its items
 * is for: it names an item the proposal does not, with a word of correction, briefly.
 */
export function correctsReturnedItem(
  text: string,
  entities: Entities,
  pending: PendingAction,
): boolean {
  if (pending.action.type !== "return_item") return false;
  if (!Array.isArray(pending.action.params.items)) return false;
  if (/\?/.test(text) || text.trim().split(/\s+/).length > MAX_WORDS) return false;
  if (!CORRECTION.test(text)) return false;
  const proposed = pending.summary.toLowerCase();
  const refs = entities.item_refs ?? [];
  return refs.length > 0 &&
    refs.every((r) => !r.name.toLowerCase().split(/\s+/).some((w) => proposed.includes(w)));
}
