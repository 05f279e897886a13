/**
 * "The vacuum I ordered – is it in stock?": the catalogue's answer is about the product of
 * their own order, so the reply says which order it is and what can be done if the one
 * they have is in trouble, instead of reading like a shop's answer to a stranger.
 */
import { ownItemAsked } from "../../domain/own_item_asked.ts";
import type { ProductView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** States in which the goods of an order are with the customer or on their way to them. */
const UNDER_WAY = new Set(["shipped", "delivered"]);

/**
 * The sentence that ties the product answered to the customer's order of it, or null when
 * the message did not ask about it as their own purchase.
 */
export function ownItemNote(v: TurnView, p: ProductView): string | null {
  const orders = v.context?.orders ?? [];
  const own = ownItemAsked(v.text, orders);
  if (!own || own.sku !== p.sku) return null;
  const order = orders.find((o) => o.id === own.order_id);
  if (!order) return null;
  const base = `That's the one in your order ${order.id}.`;
  return UNDER_WAY.has(order.status)
    ? `${base} If yours hasn't reached you or arrived broken, tell me and I'll see about sending you a new one.`
    : base;
}
