/**
 * "Is shipping included?", "does that include the shipping fee?", "and the postage?" while a
 * refund waits for a yes: whether the amount proposed covers the order's shipping fee — from
 * the order's own amounts — then the refund asked about again. It had been the shipping price
 * table, or "Yes — a refund covers everything you paid" whatever was proposed. Pure.
 */
import { formatMoney } from "../../domain/format.ts";
import { shortPendingLine } from "./policy_answer.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** Shipping asked about: "shipping", "postage", "delivery fee". */
const SHIPPING = /\b(?:shipping|postage|delivery (?:fee|cost|charge)s?|p&p)\b/i;
/** A question, or "and the postage?": something asked, not a change. */
const ASKED = /\?|\b(?:is|does|did|will|would|included?|covers?|too|as well)\b/i;
/** Shipping asked for in a change of speed, not about the refund: "upgrade the shipping". */
const SPEED = /\b(?:express|overnight|upgrade|faster|expedite)\b/i;

/** The answer on the waiting refund's shipping, or null for anything else. */
export function refundShippingWhilePending(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || p.action.type !== "refund" || new Date(p.expires_at) <= v.now) return null;
  if (!SHIPPING.test(v.text) || !ASKED.test(v.text) || SPEED.test(v.text)) return null;
  const order = v.context?.orders.find((o) => o.id === p.action.order_id) ??
    (v.context?.order?.id === p.action.order_id ? v.context.order : null);
  const amount = typeof p.action.params.amount === "number" ? p.action.params.amount : null;
  if (!order || amount === null) return null;
  const money = (n: number) => formatMoney(n, order.currency);
  const fee = order.shipping_fee ?? null;
  const whole = amount + 0.005 >= order.total - (order.refunded_amount ?? 0);
  const line = fee === null
    ? null
    : !whole
    ? `The ${money(amount)} is the price of the items it's for; the order's ` +
      (fee > 0 ? `${money(fee)} shipping fee isn't part of it.` : "shipping was free.")
    : fee > 0
    ? `Yes — the ${money(amount)} is everything paid for order ${order.id}, its ` +
      `${money(fee)} shipping fee included.`
    : `The ${money(amount)} is everything paid for order ${order.id}: its shipping was free, so ` +
      "there's no fee to add.";
  if (!line) return null;
  return draft("pending_question_answered", tone, [line, PARAGRAPH, shortPendingLine(p)]);
}
