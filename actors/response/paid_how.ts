/**
 * How an order of theirs was paid, and paying an order already paid: "what payment did i use
 * for 3002?" was answered with every way to pay, and "can i pay for 1003 with a different
 * card?" with how to pay by card at checkout. The store's record of an order says whether
 * it is paid, not how: that is said, and where they can see it. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";
import { formatMoney } from "../../domain/format.ts";
import { asksHowPaid } from "../../domain/paid_how.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The order a message names by its id or its goods, or null. */
export function orderNamed(v: TurnView): OrderView | null {
  const c = v.context;
  if (c?.order_lookup === "found" && c.order && c.focus?.why === "explicit") return c.order;
  const byGoods = ordersNamedByGoods(c?.orders ?? [], v.text);
  return byGoods.length === 1 ? byGoods[0] : null;
}

/** The reply to how an order was paid, or null when the message does not ask it. */
export function paidHowReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || !asksHowPaid(v.text)) return null;
  const c = v.context;
  const order = orderNamed(v) ?? (c?.order_lookup === "found" ? c.order : null) ??
    (c?.orders.length === 1 ? c.orders[0] : null);
  if (!order) return null;
  const said = order.payment_status === "pending"
    ? `Order ${order.id} (${formatMoney(order.total, order.currency)}) hasn't been paid yet: ` +
      "you can pay it from the order's page in your account."
    : `I can't see here which way order ${order.id} was paid, I'm afraid — the order's page ` +
      "in your account shows its payment details.";
  return draft("payment_methods", tone, [opener(v, tone), said, closer(v)]);
}

/** Words of paying for an order: "pay for 1003", "pay it", "pay the shoes order". */
const PAYS_FOR =
  /\bpay(?:ing)?\s+(?:for\s+)?(?:it|this|that|them|(?:my|the|this|that)\b|ORD-?\d+|\d{4,})/i;

/**
 * "Can I pay for ORD-1003 with PayPal?" when ORD-1003 is paid: it is paid already, said before
 * the answer about the way to pay; null when no paid order of theirs is named to be paid.
 */
export function alreadyPaidNote(v: TurnView): string | null {
  if (v.guest || !PAYS_FOR.test(v.text)) return null;
  const order = orderNamed(v);
  if (!order || order.payment_status !== "paid") return null;
  return `Order ${order.id} (${formatMoney(order.total, order.currency)}) is already paid, so ` +
    "there's nothing more to pay for it.";
}
