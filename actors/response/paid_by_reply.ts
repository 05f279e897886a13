/**
 * The reply's facts when the customer says how they paid an order that still waits for its
 * payment ("I paid by bank transfer"): what that way takes to reach us, until when the order
 * is held, and who traces a payment that left their account but never arrived. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { PaymentAsked } from "../../domain/payment_questions.ts";
import { BANK_TRANSFER_HOLD_DAYS } from "../../domain/policy.ts";
import { addDaysIso, formatDate, formatMoney } from "../../domain/format.ts";

/**
 * The sentences for an unpaid order the customer says they paid `by`. With a person already
 * on the way (`queued`), that person traces it: no "ask for a colleague" to somebody
 * waiting for one.
 */
export function paidByFacts(
  order: OrderView,
  by: PaymentAsked,
  now: Date,
  queued = false,
): string[] {
  const trace = queued
    ? "the colleague who is on the way can trace the payment with you — they'll see this message."
    : null;
  const amount = formatMoney(order.total, order.currency);
  const held = formatDate(addDaysIso(order.placed_at, BANK_TRANSFER_HOLD_DAYS), now);
  if (by.id === "bank_transfer") {
    return [
      `Thanks — the bank transfer for order ${order.id} (${amount}) hasn't reached us yet.`,
      "A bank transfer usually takes a few business days to arrive, depending on your bank " +
      "(one sent on a weekend or a holiday starts on the next business day). We hold the " +
      `order until ${held} and prepare it as soon as the payment is in; if it hasn't arrived ` +
      "by then, the order will be cancelled.",
      (trace
        ? `If the money left your account more than a few business days ago, ${trace}`
        : "If the money left your account more than a few business days ago, a colleague can " +
          "trace the transfer with you — just ask for one.") +
      " Please don't send bank details in this chat.",
    ];
  }
  return [
    `Thanks — a payment by ${by.name} is normally confirmed straight away, but order ` +
    `${order.id} (${amount}) still shows no payment received.`,
    (trace
      ? `If the money has left your account, ${trace}`
      : "If the money has left your account, a colleague can trace the payment with you — " +
        "just ask for one and I'll pass you over.") +
    " Otherwise you can pay again from the order's page in your account; we hold the order " +
    `until ${held}. Please don't send card details in this chat.`,
  ];
}
