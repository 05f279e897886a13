/**
 * "Can I use PayPal instead?" right after a payment problem with an order that still waits
 * for its payment: the way to pay is answered, and where to pay that order with it — the
 * customer is not left to work out that the answer applies to their order. Pure.
 */
import { formatMoney } from "../../domain/format.ts";
import { paymentMethodsNamed } from "../../domain/payment_questions.ts";
import type { TurnView } from "./view.ts";

/** The line about the unpaid order the talk was about, or null when there is none. */
export function unpaidOrderNote(v: TurnView): string | null {
  if (v.guest || v.lastIntent !== "payment_issue") return null;
  const c = v.context;
  const found = c?.order_lookup === "found" ? c.order : null;
  const waiting = c?.orders.filter((o) => o.payment_status === "pending") ?? [];
  const order = found?.payment_status === "pending"
    ? found
    : waiting.length === 1
    ? waiting[0]
    : null;
  if (!order) return null;
  // Only a way the store takes can pay it.
  const way = paymentMethodsNamed(v.text).find((m) => m.id !== null);
  if (!way) return null;
  return `To pay order ${order.id} (${formatMoney(order.total, order.currency)}) by ` +
    `${way.name}, open the order's page in your account and choose ${way.name} there; it ` +
    "goes to be prepared as soon as the payment is confirmed.";
}
