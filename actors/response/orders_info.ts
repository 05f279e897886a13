/**
 * Templates that answer about an order without changing it: where it is, its refund, its
 * invoice, its payment. Look-ups are proposed without confirmation.
 */
import { allInvoices } from "./all_invoices.ts";
import { moneyIsPayment } from "../../domain/money_paid.ts";
import { paidByStated } from "../../domain/paid_by.ts";
import { paidByFacts } from "./paid_by_reply.ts";
import { refundsTogether, refundWaitNote } from "./refund_wait.ts";
import { refundRecordFacts, refundShippingLine } from "./refund_facts.ts";
import { refundDestinationReply } from "./refund_destination.ts";
import { backUnrefunded } from "./returned_unrefunded.ts";
import { believesReturnOpen, refundCheckOffered, sentBackFacts } from "./sent_back.ts";
import {
  BANK_TRANSFER_HOLD_DAYS,
  LOST_PARCEL_DAYS,
  REFUND_PROCESSING_DAYS,
} from "../../domain/policy.ts";
import type { AskedFor, OrderView } from "../../shared/protocol.ts";
import { formatDate, formatMoney, itemsText } from "../../domain/format.ts";
import { PRICE_ASKED } from "../../domain/dialogue.ts";
import { parcelLost } from "../../domain/eligibility.ts";
import { asksOwed } from "../../domain/owed.ts";
import { assumedNote, gateOrder } from "./gate.ts";
import { statusAgain, statusFacts } from "./order_facts.ts";
import { delayReasonFacts } from "./delay_reason.ts";
import { lateOptions } from "./late_options.ts";
import { replacementFacts } from "./replacement_facts.ts";
import { closer, confirmPrompt, opener } from "./tone.ts";
import { paymentHandoffFacts } from "./payment_facts.ts";
import { chargeExplained } from "./charge_explained.ts";
import { asking, type Draft, draft, propose, say, type Tone, type TurnView } from "./view.ts";

/** Where is my order: status, items, tracking number, carrier and ETA from the context. */
export function orderStatus(v: TurnView, tone: Tone): Draft {
  const g = gateOrder(v, tone, {
    purpose: "me to check",
    fits: (o) => !["delivered", "cancelled", "returned", "refunded"].includes(o.status),
  });
  if (!g.ok) return g.draft;
  const { order, tracking } = g;
  const actions = [propose("order_status", order.id)];
  if (order.tracking_number) actions.push(propose("tracking_info", order.id));
  // A replacement already sent settles a lost parcel: it is told, not offered again.
  const replaced = replacementFacts(order, v.now);
  const lost = parcelLost(order, tracking) && replaced.length === 0;
  // A parcel long without a scan is only a worry while it is still on its way.
  const travelling = order.status === "shipped";
  const troubled = lost ||
    (travelling && (tracking?.days_since_last_scan ?? 0) >= LOST_PARCEL_DAYS);
  // "What can you do about it?" right after a late parcel's news: the carrier chased.
  const options = lateOptions(v, tone, order, tracking);
  if (options) return options;
  if (PRICE_ASKED.test(v.text)) {
    // "How much was it?": the order's total, and whether it is paid.
    return draft("order_total", tone, [
      opener(v, tone),
      `Order ${order.id} (${itemsText(order)}) came to ${
        formatMoney(order.total, order.currency)
      }` +
      (order.payment_status === "pending" ? ", not paid yet." : "."),
      closer(v),
    ], actions);
  }
  const d = draft("order_status", tone, [
    opener(v, troubled && tone === "neutral" ? "empathetic" : tone),
    // Not shipped yet, it is no order "on its way" (the guardrail would block the reply).
    assumedNote(g.assumed, order, stillComing(order)),
    ...(delayReasonFacts(v, order, tracking) ??
      (v.told?.topic === "order_status" && v.told.order_id === order.id
        ? statusAgain(v, order, tracking)
        : statusFacts(v, order, tracking))),
    ...replaced,
    lost
      ? "Since the carrier has lost it, I can refund it in full or send a replacement free of " +
        "charge — which would you prefer?"
      : troubled && replaced.length === 0
      ? "We can open an investigation with the carrier, and if they " +
        "confirm it's lost we send a replacement or a full refund — just tell me the parcel " +
        "hasn't arrived and I'll set it up."
      : closer(v),
  ], actions);
  // "Which would you prefer?": the next message may just name one ("the refund").
  return lost ? asking(d, lostParcelChoice(order.id)) : d;
}

/** The choice offered for a lost parcel: its refund or a replacement. */
export function lostParcelChoice(orderId: string): AskedFor {
  return {
    slot: "choice",
    intent: "delivery_problem",
    order_id: orderId,
    options: ["refund", "replacement"],
  };
}

/** Where is my refund: what the context shows as refunded, and how long it takes. */
export function refundStatus(v: TurnView, tone: Tone): Draft {
  // "Can you send the refund to my other account?": where it goes, from the order's way.
  const destination = refundDestinationReply(v, tone);
  if (destination) return destination;
  const g = gateOrder(v, tone, {
    purpose: "me to check the refund of",
    // A return back with us and unrefunded is a refund owed: it fits too.
    fits: (o) => (o.refunded_amount ?? 0) > 0 || backUnrefunded(o),
    noneFit: "I don't see a refund on any of your orders yet.",
  });
  if (!g.ok) return g.draft;
  const { order } = g;
  const refunded = order.refunded_amount ?? 0;
  const lostNoRefund = refunded === 0 && parcelLost(order, g.tracking);
  // Right after a return, or beside one asked in the same message ("i want to return it. how
  // long does the refund take once u get it?"): the refund of that return.
  const toldReturn = (v.told?.order_id === order.id && v.told.topic === "return_item") ||
    (!order.return_id && (v.requests ?? []).some((r) => r.intent === "return_item") &&
      !(v.requests ?? []).some((r) => believesReturnOpen(r.text)));
  const facts = refunded > 0
    ? refundsTogether(v, order) ??
      // A refund made in an earlier turn is told as before; the store's record tells the rest.
      (refundWaitNote(v, order) ? null : refundRecordFacts(v.text, order, v.now)) ?? [
      `We've refunded ${formatMoney(refunded, order.currency)} on order ${order.id}.`,
      // "It's not there yet" after the refund we just made: when it was issued, the wait left.
      refundWaitNote(v, order) ??
        `A refund reaches your original payment method within ${REFUND_PROCESSING_DAYS} ` +
          "business days; if it's been longer, let me know and I'll get a colleague to look into it.",
      // "Did you refund the shipping too?" after the refund we just made: from its amounts.
      refundShippingLine(v.text, order),
    ]
    : toldReturn
    ? [
      // "How long until I get the money?" right after a return: when the refund comes.
      `No refund has been issued on order ${order.id} yet: for a return, it's issued once the parcel is back with us.`,
      `It then reaches your original payment method within ${REFUND_PROCESSING_DAYS} business days.`,
    ]
    : order.payment_status === "pending" && order.status === "cancelled"
    // "Refund?" after the unpaid monitor's cancellation: nothing was taken, nothing is owed.
    ? [
      `Order ${order.id} was never paid, so nothing was charged and there's nothing to ` +
      "refund. If you do see a charge for it, tell me and a colleague will look into it.",
    ]
    : sentBackFacts(v.text, order) ?? [
      `I don't see a refund on order ${order.id} yet.`,
      // "The status of my refund for the vacuum" the carrier lost: the choice, offered now.
      lostNoRefund
        ? "Since the carrier has lost its parcel, I can refund it in full or send a " +
          "replacement free of charge — which would you prefer?"
        : "If you'd like one, just tell me and I'll check what's possible.",
    ];
  // "My refund hasn't come through" with none issued: a colleague's check, for a yes.
  const check = refunded === 0 && !toldReturn && refundCheckOffered(v.text, order);
  const d = draft(
    "refund_status",
    tone,
    [opener(v, tone), ...facts, check ? confirmPrompt(v) : null],
    [
      propose("refund_status", order.id),
      ...(check
        ? [propose("escalate_supervisor", order.id, { reason: "Refund expected, none issued" })]
        : []),
    ],
  );
  // "Which would you prefer?": the next message may just name one ("the refund").
  const offered = !check && facts.some((f) => f?.startsWith("Since the carrier has lost"));
  return offered ? asking(d, lostParcelChoice(order.id)) : d;
}

/** Invoice or receipt: where to get it for the order in question. */
export function invoiceRequest(v: TurnView, tone: Tone): Draft {
  // "Invoices for all my orders": each order's, not the one the gate would pick.
  const all = allInvoices(v, tone);
  if (all) return all;
  const g = gateOrder(v, tone, {
    purpose: "the invoice for",
    fits: (o) => o.payment_status !== "pending" && o.status !== "cancelled",
  });
  if (!g.ok) return g.draft;
  const { order } = g;
  const text = order.payment_status === "pending"
    ? `Order ${order.id} hasn't been paid yet, so its invoice is issued once the payment arrives.`
    : say(v, "invoice", [
      `You can download the invoice for order ${order.id} from the order's page in your account.`,
      `The invoice for order ${order.id} is on the order's page in your account, ready to download.`,
    ]);
  return draft("invoice_request", tone, [
    opener(v, tone),
    text,
    order.status === "shipped" || order.status === "delivered"
      ? "We also emailed it to you when the order shipped."
      : null,
    otherEmailLine(v),
    invoiceChangeLine(v),
    closer(v),
  ]);
}

/** "Add my company name to it", "put our VAT number on the invoice", "make it out to…". */
const INVOICE_CHANGE =
  /\b(?:add|put|include|change|correct|fix|update|edit|show|need)\b[^.?!]*\b(?:company(?: name)?|business name|vat(?: (?:number|id))?|tax (?:id|number)|billing (?:name|address))\b|\b(?:make|made) (?:it|the invoice) out to\b|\breissue\b|\bre-?issue\b/i;

/**
 * A change to the invoice asked for: the invoice is issued from the billing details the order
 * was placed with, and this chat cannot issue another; a colleague can. Null when none asked.
 */
function invoiceChangeLine(v: TurnView): string | null {
  if (!INVOICE_CHANGE.test(v.text) || /\be-?mail\b|@/i.test(v.text)) return null;
  return "I can't change an invoice in this chat: it's issued with the billing details the " +
    "order was placed with. A colleague can issue a corrected one with your company name or " +
    "VAT number — just ask for a person and I'll pass this on.";
}

/**
 * "Can you send it to my work email?": documents go only to the account's own address (we
 * cannot check who owns another), so the customer downloads and forwards it, or changes the
 * account's email first; null when no other address is asked for.
 */
function otherEmailLine(v: TurnView): string | null {
  if (
    !/\b(?:work|other|another|different|new|second|business|office|wife'?s|husband'?s)\b[^.?!]*\be-?mail\b|@/i
      .test(v.text)
  ) {
    return null;
  }
  return "For your security I can only send documents to the email address on your account, " +
    "but you can download the invoice and forward it, or change your account's email address " +
    "under Account → Profile.";
}

/** A card refused at the checkout: "declined", "rejected", "won't go through". */
const DECLINED =
  /\b(?:declined?|rejected|refused|denied|(?:wo|does|did|is)n'?t (?:go(?:ing)? through|work(?:ing)?)|keeps? failing|failed|fails)\b/i;

/** A second charge: "charged twice", "the extra one", "a duplicate payment". */
const SECOND_CHARGE =
  /\b(?:charged (?:me )?(?:twice|double|two times)|double[- ]charged|(?:extra|second|double|duplicated?) (?:one|charge|payment|transaction|amount))\b/i;

/** A card brand named right after a payment problem ("it's a visa card"), as we write it. */
function cardAfterDecline(v: TurnView): string | null {
  if (v.lastIntent !== "payment_issue" || v.text.length > 60) return null;
  const m = /\b(visa|master ?card|amex|american express)\b/i.exec(v.text);
  if (!m) return null;
  const brand = m[1].toLowerCase().replace(/\s+/g, "");
  return brand === "visa" ? "Visa" : brand === "mastercard" ? "Mastercard" : "American Express";
}

/** A payment problem: what the order's payment state says, or the general help. */
export function paymentIssue(v: TurnView, tone: Tone): Draft {
  const c = v.context;
  const order = c?.order_lookup === "found" ? c.order : null;
  // "And the payment?" while the paid keyboard is in focus: the order whose payment is missing,
  // unless the message named the paid one itself.
  const unpaid = (o: { payment_status?: string }) =>
    o.payment_status === "pending" || o.payment_status === "failed";
  const awaiting = c?.orders.find(unpaid) ?? null;
  const pendingOrder = order && (unpaid(order) || c?.focus?.why === "explicit")
    ? order
    : awaiting ?? order;
  const card = cardAfterDecline(v);
  const facts: string[] = [];
  // "Can you refund the extra one?" after "charged twice": what we received for the order in
  // question, and who checks the other charge — not the general help again.
  const charged = order && SECOND_CHARGE.test(v.text) ? paymentHandoffFacts(v, order) : null;
  // "Charged 428 but the machine was 399??", "charged but no order": the order's own answer.
  const explained = charged ? null : chargeExplained(v);
  if (charged) {
    facts.push(...charged);
  } else if (explained) {
    facts.push(...explained);
  } else if (pendingOrder?.payment_status === "pending" && DECLINED.test(v.text)) {
    // The card was refused: nothing was taken, and another way to pay keeps the order.
    facts.push(
      `We haven't received a payment for order ${pendingOrder.id} ` +
        `(${formatMoney(pendingOrder.total, pendingOrder.currency)}) yet, so nothing has been ` +
        "charged.",
      "When a card is declined, the billing address or the card details often don't match " +
        "what your bank has — it's worth checking with them. You can also pay with PayPal, " +
        "Apple Pay or bank transfer from the order's page in your account; we hold the order " +
        `for ${BANK_TRANSFER_HOLD_DAYS} days. Never send your full card number in this chat.`,
    );
  } else if (pendingOrder?.payment_status === "pending" && card) {
    // "It's a visa card" after a payment that keeps failing: the card is fine by us.
    facts.push(
      `We do accept ${card}, so the card itself isn't the problem: a decline ` +
        "usually comes from the bank's side — the billing address, a spending limit, or online " +
        "payments blocked on the card — and a quick word with your bank usually sorts it. Or " +
        "pay with PayPal, Apple Pay or bank transfer from the order's page in your account.",
    );
  } else if (pendingOrder?.payment_status === "pending" && paidByStated(v.text, v.payment)) {
    // "I paid by bank transfer": what that way takes, and until when the order waits.
    facts.push(
      ...paidByFacts(pendingOrder, paidByStated(v.text, v.payment)!, v.now, !!v.openHandoff),
    );
  } else if (pendingOrder?.payment_status === "pending") {
    facts.push(
      `We haven't received the payment for order ${pendingOrder.id} ` +
        `(${formatMoney(pendingOrder.total, pendingOrder.currency)}, placed on ` +
        `${formatDate(pendingOrder.placed_at, v.now)}) yet.`,
      "If you paid by bank transfer, it can take a few business days to arrive; we hold the " +
        `order for ${BANK_TRANSFER_HOLD_DAYS} days and prepare it as soon as the payment is in.`,
    );
    // "I paid, I have the bank statement": a payment they made that we lack is traced by a
    // person, who can see the payment provider's records.
    if (moneyIsPayment(v.text)) {
      facts.push(
        "If the money has already left your account, a colleague can trace the payment with " +
          "you — just ask for one and I'll pass you over. Please don't send card or bank " +
          "details in this chat.",
      );
    }
  } else if (asksOwed(v.text) && !awaiting) {
    // "How much do I still owe?" with every order paid: nothing, said plainly.
    facts.push(
      c?.customer
        ? "Nothing is owed: every order on your account is paid."
        : "I can check what's left to pay on an order once I know it's yours: sign in, or " +
          "tell me the email address you ordered with.",
    );
  } else if (pendingOrder?.payment_status === "failed") {
    facts.push(
      `The payment for order ${pendingOrder.id} didn't go through.`,
      "You can pay again with another method from the order's page in your account.",
    );
  } else {
    facts.push(
      say(v, "pay", [
        "I'm sorry you're having trouble with a payment.",
        "Payment problems are frustrating — let's sort it out.",
      ]),
      "If a card was declined, please check the billing address and card details, or try " +
        "PayPal or Apple Pay. Never send your full card number in this chat.",
      "If you were charged twice or the amount looks wrong, tell me the order number and a " +
        "colleague will look into it.",
    );
  }
  return draft("payment_issue", tone, [opener(v, tone), ...facts]);
}

/** What the only order still to come is, said truly of its status. */
export function stillComing(order: OrderView): string {
  return order.status === "shipped"
    ? "only order still on its way to you"
    : "only order you're still waiting for";
}
