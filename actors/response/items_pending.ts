/**
 * The change of items asked again while one waits for a yes: "actually make it 4" keeps the
 * item and takes the new count, "no wait, I meant the bottles" keeps what was to be done
 * (removed, or set to a count) and takes the item now named. Null when no such change waits
 * or the message corrects neither. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";
import { type ItemChanges, MAX_COUNT, namedItem, quantityIn } from "./items.ts";
import { countWord } from "../../domain/count_words.ts";
import { asksAllOfThem } from "../../domain/all_of_them.ts";

/** Another item besides the one waiting: "and the shoes too", "the shoes as well". */
const TOO = /\b(?:too|as well|also)\s*[.!]*\s*$/i;

/** The one line of the items' change waiting for `order`, or null. */
function waitingLine(v: TurnView, order: OrderView): { sku: string; quantity: number } | null {
  const p = v.pending;
  if (!p || p.action.type !== "modify_items" || p.action.order_id !== order.id) return null;
  const items = p.action.params.items;
  if (!Array.isArray(items) || items.length !== 1) return null;
  const [line] = items as { sku?: unknown; quantity?: unknown }[];
  return typeof line?.sku === "string" && typeof line.quantity === "number"
    ? { sku: line.sku, quantity: line.quantity }
    : null;
}

/** The one count of a short correction ("wait no 4", "no, 2"), or null. */
function loneCount(text: string): number | null {
  const words = text.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.length > 6) return null;
  const counts = words.map(countWord).filter((n): n is number => n !== null);
  return counts.length === 1 && counts[0] <= MAX_COUNT ? counts[0] : null;
}

/** The summary of setting `item` to `quantity`. */
function summaryOf(item: OrderView["items"][number], quantity: number): string {
  return quantity === 0
    ? `remove the ${item.name}`
    : `change the ${item.name} from ${item.quantity} to ${quantity}`;
}

/** The change of items as the message corrects the one waiting, or null. */
export function correctedItems(v: TurnView, order: OrderView): ItemChanges | null {
  const waiting = waitingLine(v, order);
  if (!waiting) return null;
  const before = order.items.find((it) => it.sku === waiting.sku);
  const named = namedItem(v, order);
  if (named && named.sku !== waiting.sku) {
    // "I meant the bottles": what was to be done, to the item now named.
    const own = quantityIn(v, v.text, named.quantity);
    const quantity = own ?? Math.min(waiting.quantity, 20);
    if (quantity === named.quantity) return null;
    const change = { items: [{ sku: named.sku, quantity }], summary: summaryOf(named, quantity) };
    // "Yes and the shoes too" while the bottles' removal waits: both, not the shoes instead.
    if (!TOO.test(v.text) || !before) return change;
    return {
      items: [{ sku: waiting.sku, quantity: waiting.quantity }, ...change.items],
      summary: `${summaryOf(before, waiting.quantity)}, and ${change.summary}`,
    };
  }
  if (!before) return null;
  // "Actually make it 4": the new count, of the item waiting; "just 1 more" said again of
  // the waiting +1 is the same change, proposed again rather than asked about.
  // "Both then" to 2 → 1: every one of them off.
  const all = asksAllOfThem(v.text, waiting.quantity, before.quantity) ? 0 : null;
  const quantity = all ?? quantityIn(v, v.text, before.quantity) ?? loneCount(v.text);
  if (quantity === null || quantity === before.quantity) return null;
  return { items: [{ sku: before.sku, quantity }], summary: summaryOf(before, quantity) };
}

/**
 * "Wait make it two" while 2 → 3 waits: the count the order has now, so nothing is to be
 * changed and the change waiting was dropped (`withdraws_pending`); said, never asked which
 * item. Null otherwise.
 */
export function backToNow(v: TurnView, order: OrderView): string | null {
  const waiting = waitingLine(v, order);
  if (!waiting || !v.withdrawn) return null;
  const now = order.items.find((it) => it.sku === waiting.sku);
  const asked = quantityIn(v, v.text, now?.quantity ?? 0) ?? loneCount(v.text);
  if (!now || asked !== now.quantity) return null;
  return `Order ${order.id} already has ${now.quantity}× ${now.name}, so there's nothing to ` +
    `change: I've dropped the change to ${waiting.quantity} and left the order as it is.`;
}
