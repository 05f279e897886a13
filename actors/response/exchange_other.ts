/**
 * "Exchange the headphones for the studio ones", "swap the espresso machine for a different
 * model": one product asked for another. The store never swaps an order's goods for another
 * product: what it can do is take the goods back (once delivered, within the window) and let
 * the customer order the one they want. The reply said only "once it's delivered you can
 * return it", or proposed the return with no word of the exchange asked — as if it were the
 * same thing. The sentence here says so, naming the product wanted when the catalogue found
 * it. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { RETURN_WINDOW_DAYS } from "../../domain/policy.ts";
import { asksOtherProduct } from "../../domain/exchange_asked.ts";
import { formatMoney } from "../../domain/format.ts";
import { namedItem } from "./items.ts";
import type { TurnView } from "./view.ts";

/** The product wanted and its price, when the catalogue lookup found one outside the order. */
function wanted(v: TurnView, order: OrderView): string | null {
  const c = v.context?.catalogue;
  if (!c || c.lookup !== "found") return null;
  const other = c.products.find((p) => !order.items.some((i) => i.sku === p.sku));
  if (!other) return null;
  const stock = other.in_stock ? "in stock" : "sold out right now";
  return `the ${other.name} (${formatMoney(other.price, other.currency)}, ${stock})`;
}

/**
 * What to say of an exchange for another product of `order`, or null when none is asked:
 * before delivery, the whole answer ("…once it's delivered you can return it…"); after, the
 * sentence put before the return proposed.
 */
export function exchangeSentence(v: TurnView, order: OrderView): string | null {
  if (!asksOtherProduct(v.text)) return null;
  const name = wanted(v, order);
  const newOne = name ?? "the one you'd prefer";
  const item = order.items.length === 1 ? order.items[0] : namedItem(v, order);
  const goods = item ? `the ${item.name}` : "what you don't want";
  if (order.status === "delivered") {
    return `We can't exchange an item for a different product directly: what I can do is ` +
      `take ${goods} back for a refund, and you can order ${newOne} separately.`;
  }
  if (order.status !== "shipped") return null;
  return `We can't exchange an item for a different product directly. Order ${order.id} is ` +
    `still on its way; once it's delivered, you can return ${goods} within ` +
    `${RETURN_WINDOW_DAYS} days for a refund, and order ${newOne} separately whenever you like.`;
}
