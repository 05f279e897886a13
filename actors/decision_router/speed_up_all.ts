/**
 * "Expedite both my orders", "speed up all my orders pls": a faster delivery asked of the
 * customer's orders together, none named by number. It changes orders as a speed-up of a
 * named one does, so execution is included and each order's speed-up proposed for one yes
 * (was: the speeds and prices, and "just tell me if you'd like me to do that"). Pure.
 */
import type { Message } from "../../shared/protocol.ts";
import { wantsFaster } from "../../domain/expedite.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";

/** "Both my orders", "all of them", "each order", "my orders". */
const THEIR_ORDERS =
  /\b(?:both|all|each)\b[^.?!]{0,20}\b(?:orders?|of them|them|parcels|packages)\b|\b(?:both|my) (?:orders|parcels|packages)\b/i;

/** Whether the message asks for the customer's orders, together, to come faster. */
export function speedsUpTheirOrders(msg: Message): boolean {
  const intent = msg.payload.intent;
  const context = msg.payload.context;
  if (!intent || !context || context.guest || intent.intent !== "shipping_options") return false;
  const text = msg.payload.customer_message.text;
  if (context.orders.length < 2 || !wantsFaster(text)) return false;
  // "Speed up my headphones order and my shoes order": two of theirs, named by their goods.
  return THEIR_ORDERS.test(text) || ordersNamedByGoods(context.orders, text).length >= 2;
}
