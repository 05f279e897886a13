/**
 * "Can you hold the order till then?" — how long an unpaid order waits for its payment: for
 * the customer's order that waits for one, until which day; for a guest, or a customer with
 * none waiting, the rule. A paid order has nothing to hold: null, and the reply is the
 * intent's own. Pure.
 */
import { asksCancelDeadline, asksHold } from "../../domain/order_hold.ts";
import { BANK_TRANSFER_HOLD_DAYS } from "../../domain/policy.ts";
import { addDaysIso, formatDate } from "../../domain/format.ts";
import { closer } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Readings under which a hold is the payment's. */
const PAYING_INTENTS = new Set(["payment_issue", "payment_methods"]);
/** Words of paying. */
const PAY_WORDS = /\b(?:pay|paid|paying|payment|paypal|card|transfer|money|funds)\b/i;

/** "If I don't pay", "if i just never pay": not paying at all. */
const NOT_PAYING =
  /\bif\s+i\s+(?:just\s+)?(?:don'?t|dont|do not|never|can'?t|cant|cannot|won'?t|wont)\s+(?:ever\s+)?pay\b/i;
/** "…today", "…right away": not paying yet, soon. */
const SOON =
  /\b(?:today|tonight|now|right away|straight away|immediately|yet|this week|tomorrow)\b/i;

/** The rule, said of any unpaid order. */
const RULE = `We hold an unpaid order for ${BANK_TRANSFER_HOLD_DAYS} days from when it's ` +
  "placed, and cancel it only if no payment has arrived by then.";

/** The answer to a question about holding an unpaid order, or null. */
export function holdReply(v: TurnView, tone: Tone): Draft | null {
  if (!asksHold(v.text)) return null;
  // "What if it doesn't come by then" about a parcel is the parcel's: paying must be the topic.
  // "How long before the order gets cancelled?" is the unpaid order's day, whatever it reads as.
  const deadline = asksCancelDeadline(v.text);
  if (!PAYING_INTENTS.has(v.intent) && !PAY_WORDS.test(v.text) && !deadline) return null;
  const orders = v.context?.orders ?? [];
  const named = v.context?.order_lookup === "found" ? v.context.order : null;
  const waiting = orders.filter((o) => o.payment_status === "pending" && o.status !== "cancelled");
  const order = named?.payment_status === "pending"
    ? named
    : waiting.length === 1
    ? waiting[0]
    : null;
  if (!order && !v.guest && orders.length > 0 && waiting.length === 0) return null;
  // Asked of no order waiting for its payment, it is the cancellation rule's question.
  if (deadline && !order) return null;
  const paying = /\b(?:paypal|apple pay|card|visa|mastercard|amex)\b/i.test(v.text)
    ? " Paying by card, PayPal or Apple Pay from the order's page confirms it straight away."
    : "";
  if (!order) {
    // "If I pay by bank transfer": the FAQ's answer on transfers says the hold and more.
    if (/\btransfer\b/i.test(v.text)) return null;
    return draft("order_hold", tone, [RULE + paying, closer(v)]);
  }
  const until = formatDate(addDaysIso(order.placed_at, BANK_TRANSFER_HOLD_DAYS), v.now);
  // "Will it be cancelled…?" is answered no, "can you hold it…?" yes; "and if it doesn't show
  // up by friday?" asks neither.
  // "If I never pay, does it get cancelled?": in the end, yes — "no" is for "if I don't pay
  // today"; and a payment that never leaves asks no trace of it.
  const never = NOT_PAYING.test(v.text) && !SOON.test(v.text);
  const lead = deadline
    ? "Order"
    : never && /\bcancel/i.test(v.text)
    ? "Yes, in the end: order"
    : /\bcancel/i.test(v.text)
    ? "No — order"
    : /\b(?:can|could|will|would|please)\b[^.?!]*\b(?:hold|keep|reserve|save)\b/i.test(v.text)
    ? "Yes — order"
    : "Order";
  const late = /\bif\b/i.test(v.text) && !/\bcancel/i.test(v.text) && !never
    ? " If the money has already left your account and still hasn't arrived, tell me and a " +
      "colleague will trace the payment with you."
    : "";
  return draft("order_hold", tone, [
    `${lead} ${order.id} stays reserved for you until ${until} (we hold an unpaid order for ` +
    `${BANK_TRANSFER_HOLD_DAYS} days); it's only cancelled if no payment has arrived by then.` +
    paying + late,
    closer(v),
  ]);
}
