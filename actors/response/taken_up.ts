/**
 * A change put off behind another ("cancel 1003 and refund the frother on 1002"), taken up
 * later — a yes once it was raised again, or picked over the waiting one ("actually just the
 * refund"): drafted from the customer's own words for it, goods and all. The turn that takes
 * it up ("yes") names no goods, so the goods are read again from those words against the
 * order's lines — the frother's 29.00 refund, not the whole order's 428.00. Pure.
 */
import type { DeferredRequest, ItemReference, OrderView } from "../../shared/protocol.ts";
import { requestView } from "./multi.ts";
import type { TurnView } from "./view.ts";

/** Words of a line's name too common to name it alone. */
const COMMON = new Set(["the", "and", "with", "for", "set", "pack", "pro", "mini", "max"]);

/** The lines of `order` the words name, as references (a telling word of each line's name). */
export function goodsRefsIn(text: string, order: OrderView | null | undefined): ItemReference[] {
  if (!order || order.items.length < 2) return [];
  const words = new Set(
    (text.toLowerCase().match(/[a-z]+/g) ?? []).map((w) => w.replace(/s$/, "")),
  );
  return order.items.flatMap((line) => {
    const own = line.name.toLowerCase().split(/[^a-z]+/)
      .filter((w) => w.length > 3 && !COMMON.has(w));
    const said = own.find((w) => words.has(w.replace(/s$/, "")));
    return said ? [{ text: said, name: said, sku: line.sku }] : [];
  });
}

/** The view of a put-off change taken up: its own words, its order, its goods. */
export function takenUpView(v: TurnView, up: DeferredRequest): TurnView {
  const view = requestView(v, up.intent, up.text, [], up.order_id ?? null);
  const order = view.context?.orders.find((o) => o.id === up.order_id) ?? view.context?.order;
  const refs = goodsRefsIn(up.text, order);
  return { ...view, entities: { ...view.entities, item_refs: refs } };
}
