/**
 * "Is my shoe order paid?", "was i charged for the shoes yet?": the payment state of the
 * order meant — named, by its goods, or the only one — told plainly: paid when it was
 * placed, waiting for its payment, or refunded. Null when the turn asks no such thing or
 * no order is meant (the general payment help answers). Pure.
 */
import { asksIfCharged } from "../../domain/charged_asked.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";
import { formatDate, formatMoney, itemsText } from "../../domain/format.ts";
import { BANK_TRANSFER_HOLD_DAYS } from "../../domain/policy.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** The order meant: the one named or the only one (`resolveOrder`), else one named by goods. */
function orderMeant(v: TurnView): OrderView | null {
  const ref = resolveOrder(v);
  if (ref.kind === "found") return ref.order;
  if (ref.kind === "missing") return null;
  const named = ordersNamedByGoods(v.context?.orders ?? [], v.text);
  return named.length === 1 ? named[0] : null;
}

/** The answer whether an order's payment was taken, or null. */
export function chargedReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || !asksIfCharged(v.text)) return null;
  const order = orderMeant(v);
  if (!order) return null;
  const total = formatMoney(order.total, order.currency);
  const what = `order ${order.id} (${itemsText(order)})`;
  const placed = formatDate(order.placed_at, v.now);
  const fact = order.payment_status === "paid"
    ? `Yes — ${what} is paid: we took ${total} when it was placed on ${placed}.`
    : order.payment_status === "pending"
    ? `Not yet — we haven't received the payment for ${what}, ${total}. It stays reserved for ` +
      `${BANK_TRANSFER_HOLD_DAYS} days from when it was placed, and you can pay it from the ` +
      "order's page in your account."
    : order.payment_status === "refunded"
    ? `The ${total} for ${what} was taken when it was placed and has been refunded since.`
    : order.payment_status === "failed"
    ? `No — the payment for ${what} didn't go through, so nothing was taken.`
    : null;
  if (!fact) return null;
  return draft("payment_state", tone, [opener(v, tone), fact, closer(v)]);
}
