/**
 * "Can I use PayPal instead?" right after a payment problem with an order that still waits
 * for its payment: the way to pay is answered, and where to pay that order with it — the
 * customer is not left to work out that the answer applies to their order. Pure.
 */
import { formatMoney } from "../../domain/format.ts";
import { paymentMethodsNamed } from "../../domain/payment_questions.ts";
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** The line about the unpaid order the talk was about, or null when there is none. */
export function unpaidOrderNote(v: TurnView): string | null {
  // "Can i pay for the other one with paypal": an order of theirs pointed at names it too.
  if (v.guest || (v.lastIntent !== "payment_issue" && !POINTED.test(v.text))) return null;
  const c = v.context;
  const found = c?.order_lookup === "found" ? c.order : null;
  const waiting = c?.orders.filter((o) => o.payment_status === "pending") ?? [];
  if (OTHER.test(v.text) && found && waiting.length === 1 && waiting[0].id !== found.id) {
    return line(v, waiting[0]);
  }
  const order = found?.payment_status === "pending"
    ? found
    : waiting.length === 1
    ? waiting[0]
    : null;
  return order ? line(v, order) : null;
}

/** Paying for an order pointed at: "for it", "for the other one", "for my order", "for 2002". */
const POINTED =
  /\bpay\s+(?:for\s+)?(?:it|that|this|(?:the|my) (?:other )?(?:one|order)|(?:order\s+)?#?(?:ord-?)?\d{4,})\b/i;
/** "The other one": not the order talked of. */
const OTHER = /\b(?:the|my) other (?:one|order)\b/i;

function line(v: TurnView, order: OrderView): string | null {
  // Only a way the store takes can pay it.
  const way = paymentMethodsNamed(v.text).find((m) => m.id !== null);
  if (!way) return null;
  return `To pay order ${order.id} (${formatMoney(order.total, order.currency)}) by ` +
    `${way.name}, open the order's page in your account and choose ${way.name} there; it ` +
    "goes to be prepared as soon as the payment is confirmed.";
}
