/**
 * Money taken, questioned, where the order itself answers it:
 * - "I was charged 428 but the machine was 399??", "why was I charged more than the price of
 *   the espresso machine": what the order came to, line by line, and its shipping — the
 *   difference is usually another line of the same order.
 * - "my card was charged but I can't see the order": the orders on the account with what
 *   each came to, and who can trace a charge that is none of them.
 * The general help about payments ("if a card was declined…") answered neither. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { formatMoney, joinAnd, statusWords } from "../../domain/format.ts";
import type { TurnView } from "./view.ts";

/** An amount taken questioned: "charged X but", "why was I charged more", "the total is wrong". */
const AMOUNT_ASKED =
  /\b(?:charged|billed|debited|took|taken)\b[^.?!]{0,40}\b(?:more than|extra|higher|instead of|too much|wrong)\b|\b(?:charged|billed|debited|paid)\s+(?:me\s+)?(?:\$|€|£)?\d[\d.,]*\b[^.?!]{0,30}\bbut\b[^.?!]{0,30}\b(?:was|is|cost|costs|price|only)\b|\bwhy\b[^.?!]{0,30}\b(?:charged|billed|total|so much|more than)\b|\bamount (?:is|was|looks|seems) (?:wrong|off|too high)\b|\bwhere (?:does|did) (?:the|this) (?:extra|difference)\b/i;
/** Money taken, and no order to be seen. */
const NO_ORDER_SEEN =
  /\b(?:charged|paid|money (?:was |got )?taken|payment went through|debited|took (?:the |my )?money)\b[^.?!]{0,60}\b(?:can'?t|cannot|don'?t|do not|didn'?t|did not|no|never got (?:an?|the))\s+(?:see|find|get|have|got)?\s*(?:the |an |my |any )?(?:order|confirmation|order confirmation|confirmation email)\b/i;
/** Two charges: answered by the double charge's own facts. */
const TWICE = /\b(?:twice|double|two times|two charges|duplicate)\b/i;

/** The order the amount is about: the one in question, or the one whose total was named. */
function orderOf(v: TurnView): OrderView | null {
  const c = v.context;
  if (!c) return null;
  if (c.order_lookup === "found" && c.order) return c.order;
  const named = (v.entities.amounts ?? []).map((a) => a.value);
  const hits = c.orders.filter((o) => named.some((n) => Math.abs(n - o.total) < 0.005));
  return hits.length === 1 ? hits[0] : null;
}

/** What the order came to, line by line, with its shipping. */
export function orderBreakdown(order: OrderView): string {
  const money = (n: number) => formatMoney(n, order.currency);
  const lines = order.items.map((it) =>
    `${it.quantity > 1 ? `${it.quantity}× ` : ""}${it.name} ${money(it.price * it.quantity)}`
  );
  const subtotal = order.items.reduce((s, it) => s + it.price * it.quantity, 0);
  const fee = order.shipping_fee ?? Math.max(0, order.total - subtotal);
  const shipping = fee > 0.004 ? `${money(fee)} shipping` : "free shipping";
  return `Order ${order.id} came to ${money(order.total)}: ${joinAnd([...lines, shipping])}.`;
}

/** The sentences for a questioned amount or a charge without an order; null otherwise. */
export function chargeExplained(v: TurnView): string[] | null {
  if (v.guest || !v.context || TWICE.test(v.text)) return null;
  if (NO_ORDER_SEEN.test(v.text)) {
    const orders = v.context.orders.slice(0, 4);
    const each = orders.map((o) =>
      `${o.id} (${formatMoney(o.total, o.currency)}, ${statusWords(o.status)})`
    );
    return [
      orders.length > 0
        ? `These are the orders on your account: ${joinAnd(each)}.`
        : "I don't see any order on your account.",
      "If you ordered with another email address, the order is on that account. If the charge " +
      "isn't for any of these, a colleague can look it up with the payment provider — just ask " +
      "for one, and please don't send card details in this chat.",
    ];
  }
  if (!AMOUNT_ASKED.test(v.text)) return null;
  const order = orderOf(v);
  // An order still waiting for its payment took nothing: its own answer says so.
  if (!order || order.payment_status === "pending") return null;
  return [
    orderBreakdown(order),
    order.payment_status === "paid"
      ? "That's the one payment we received for it. If your bank shows a different amount, a " +
        "colleague can check it with the payment provider — just ask for one."
      : "If your bank shows a different amount, a colleague can check it with the payment " +
        "provider — just ask for one.",
  ];
}
