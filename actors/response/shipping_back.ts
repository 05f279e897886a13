/**
 * "And the shipping?" while a refund, a return or a cancellation waits: whether the shipping
 * fee comes back with it — a whole order's money back covers everything paid, the shipping fee
 * included; a refund of some of its items is those items' price — and the change asked about
 * again in one short line. It had been the store's shipping speeds and prices. Null for
 * anything else. Pure.
 */
import { asksShippingBack } from "../../domain/shipping_back.ts";
import { formatMoney, refundable } from "../../domain/format.ts";
import { shortPendingLine } from "./policy_answer.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import type { OrderView } from "../../shared/protocol.ts";

/** The items a waiting change is for, when it names some of the order's lines. */
function someLines(order: OrderView, items: unknown): OrderView["items"] {
  if (!Array.isArray(items)) return [];
  const skus = items.map((it) => String((it as { sku?: unknown }).sku ?? "").toUpperCase());
  const lines = order.items.filter((l) => skus.includes(l.sku.toUpperCase()));
  return lines.length < order.items.length ? lines : [];
}

/** The answer about the shipping fee of the waiting change, or null. */
export function shippingBackWhilePending(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now || !asksShippingBack(v.text, p.action.type)) {
    return null;
  }
  const c = v.context;
  const order = c?.orders.find((o) => o.id === p.action.order_id) ??
    (c?.order_lookup === "found" ? c.order : null);
  if (!order) return null;
  const lines = someLines(order, p.action.params.items);
  const amount = Number(p.action.params.amount);
  const partOf = lines.length > 0 ||
    (Number.isFinite(amount) && amount > 0 && amount < refundable(order));
  const whole = `A whole order's money back covers everything you paid, the shipping fee included`;
  const names = lines.map((l) => l.name).join(" and ");
  const said = partOf
    ? `${p.action.type === "return_item" ? "The refund for that return" : "That refund"} is ${
      names ? `the ${names}'s price` : "for some of the items"
    }${
      Number.isFinite(amount) && amount > 0 ? ` (${formatMoney(amount, order.currency)})` : ""
    }, not the whole order. ${whole}.`
    : `Yes — ${whole.charAt(0).toLowerCase()}${whole.slice(1)}: ${
      formatMoney(refundable(order), order.currency)
    } for order ${order.id}.`;
  const label = p.action.type === "return_item"
    ? " And the return label is prepaid, so sending it back costs you nothing."
    : "";
  return draft("pending_shipping_back", tone, [`${said}${label}`, shortPendingLine(p)]);
}
