/**
 * "The espresso machine, it stopped working" while the return of a whole order waits: the
 * customer names which of its items go back. Neither a yes nor a no, it is the return
 * asked again for what they named (the response narrows it to those items of the order,
 * `actors/response/return_items.ts`), and that waits for its own yes. Pure.
 */
import { yesToBoth } from "../../domain/yes_to_both.ts";
import type { Entities, PendingAction } from "../../shared/protocol.ts";
import { addsToAsked, asksForWhole } from "../../domain/return_scope.ts";

/** The most words such an answer has: longer messages say what they want themselves. */
const MAX_WORDS = 16;

/** Whether the message names items for the pending return, without a question or a yes or no. */
export function namesItemsToReturn(
  text: string,
  entities: Entities,
  pending: PendingAction,
): boolean {
  if (pending.action.type !== "return_item") return false;
  // Already narrowed to some items: naming them again is no new request.
  if (Array.isArray(pending.action.params.items)) return false;
  if ((entities.item_refs ?? []).length === 0 && entities.products.length === 0) return false;
  if (/\?/.test(text)) return false;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  return words.length > 0 && words.length <= MAX_WORDS;
}

/** A question that asks for it: "can you do both?", "could I send all of it back?". */
const ASKING_FOR = /^\s*(?:can|could)\s+(?:you|i|we)\b/i;

/**
 * Whether the message widens the return of part of an order that waits: "both please",
 * "all of it", "the espresso machine too". It is the return asked again for more of the
 * order (the response takes the whole order, or the lines waiting and those named).
 */
export function widensReturn(text: string, entities: Entities, pending: PendingAction): boolean {
  // "Yes both" to one change proposed for two orders: its yes, nothing more of an order.
  if ((pending.also?.length ?? 0) > 0 && yesToBoth(text)) return false;
  // "Actually refund both" while a refund of part of the order waits: all of it.
  if (pending.action.type === "refund") {
    if (/\?/.test(text) || text.trim().split(/\s+/).length > MAX_WORDS) return false;
    return asksForWhole(text) || namesMoreThanWaiting(entities, pending);
  }
  if (pending.action.type !== "return_item") return false;
  if (!Array.isArray(pending.action.params.items)) return false;
  if (/\?/.test(text) && !ASKING_FOR.test(text)) return false;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (asksForWhole(text)) return true;
  const named = (entities.item_refs ?? []).length > 0 || entities.products.length > 0;
  return named && addsToAsked(text);
}

/**
 * "Refund the frother and the espresso machine" while the frother's refund waits: the goods
 * waiting named again, and others besides — the change asked for more of the order.
 */
function namesMoreThanWaiting(entities: Entities, pending: PendingAction): boolean {
  const items = pending.action.params.items;
  if (!Array.isArray(items) || items.length === 0) return false;
  const waiting = items.map((it) => String((it as { sku?: unknown }).sku ?? "").toUpperCase());
  const named = new Set([
    ...(entities.item_refs ?? []).flatMap((r) => r.sku ? [r.sku.toUpperCase()] : []),
    ...entities.products.map((p) => p.sku.toUpperCase()),
  ]);
  return waiting.every((s) => named.has(s)) && [...named].some((s) => !waiting.includes(s));
}
