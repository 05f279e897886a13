/**
 * Templates that answer from the store's policy and how-to knowledge: shipping, payment,
 * policy questions, account help, how to order, products. Speeding up an order is the
 * one change proposed here.
 */
import { ordersNamedByGoods } from "../../domain/goods_named.ts";
import { policyAnswer, policyTopicFor } from "../../domain/policy.ts";
import { canExpedite, canRefund, canReturn, returnDeadline } from "../../domain/eligibility.ts";
import { formatDate, formatMoney } from "../../domain/format.ts";
import { closer, opener } from "./tone.ts";
import {
  destinationAsked,
  destinationCarried,
  elsewhereFollowUp,
  shippedFollowUp,
} from "../../domain/destinations.ts";
import { asksRateOfSpeed, methodAsked, WANTS_FASTER } from "../../domain/expedite.ts";
import { generalPolicyReply } from "./policy_answer.ts";
import { expediteOffer } from "./expedite_offer.ts";
import { speedTakenFor } from "../../domain/speed_taken.ts";
import { speedBesidePlace } from "./speed_beside_place.ts";
import { orderNamed, paidHowReply } from "./paid_how.ts";
import { expediteRefusedReply } from "./expedite_done.ts";
import { neededByReply } from "./needed_by_reply.ts";
import { deliveryProblem } from "./delivery.ts";
import { deliveryDayReply } from "./delivery_day.ts";
import { paymentMethodAnswer } from "../../domain/payment_questions.ts";
import { asRead } from "./as_read.ts";
import { saysThanks } from "./closing.ts";
import { smallTalk } from "./social.ts";
import { answerPolicyQuestion, askedAsQuestion } from "../../domain/policy_questions.ts";
import { refundDestinationReply } from "./refund_destination.ts";
import { saysNotArrived } from "../../domain/not_arrived.ts";
import { asksSameForAnother } from "../../domain/same_for.ts";
import { type Draft, draft, resolveOrder, say, type Tone, type TurnView } from "./view.ts";

/** Speeds asked about side by side: "the difference between express and overnight". */
const COMPARES_SPEEDS =
  /\b(?:difference|differ|vs\.?|versus|compare|compared)\b[^.?!]*\b(?:express|overnight|standard|speeds?|shipping)\b|\b(?:express|overnight)\b[^.?!]*\b(?:difference|vs\.?|versus|or)\b[^.?!]*\b(?:express|overnight|standard)\b[^.?!]*\?/i;

/**
 * Shipping speeds and costs; where the store ships when a place is asked about; with an
 * order to speed up, an expedite proposal.
 */
export function shippingOptions(v: TurnView, tone: Tone): Draft {
  // "Do I get the shipping back?": the refund of it, not the speeds.
  const refunded = answerPolicyQuestion(v.text)?.topic === "refunds";
  const abroad = destinationAsked(v.text) || refunded ? generalPolicyReply(v, tone) : null;
  // "Switch it to express? and do you ship to the UK": the upgrade asked too.
  if (abroad) return speedBesidePlace(v, tone) ?? abroad;
  // "How much does it cost?" right after "do you ship to canada": the cost there.
  const there = destinationCarried(v.text, v.place ?? null);
  if (there?.kind === "elsewhere") {
    return draft("shipping_destination", tone, elsewhereFollowUp(there.country, v.text));
  }
  // "And how much is shipping there?" after "we ship to Germany": the cost, not it all again.
  const asked = there ? shippedFollowUp(there, v.text) : null;
  if (asked) return draft("shipping_destination", tone, [...asked, closer(v)]);
  const carried = there ? generalPolicyReply({ ...v, text: v.place! }, tone) : null;
  if (carried) return carried;
  // "What's the difference between express and overnight?": the speeds side by side.
  if (COMPARES_SPEEDS.test(v.text)) {
    return draft("shipping_speeds", tone, [
      opener(v, tone),
      policyAnswer("shipping"),
      policyAnswer("expedite", { tier: v.tier }),
      // A speed-up that waits is asked about again after the reply (pending_again).
      v.pending ? null : closer(v),
    ]);
  }
  // "I need it by Friday": the order's estimate weighed against that day.
  const needed = neededByReply(v, tone);
  if (needed) return needed;
  const ref = resolveOrder(v, (o) => ["pending", "processing", "shipped"].includes(o.status));
  // "Can you speed up my vacuum order" about a lost parcel: what can be done about that.
  // "How much is express shipping?" asks the price, whatever happened to the parcel.
  if (
    WANTS_FASTER.test(v.text) && !asksRateOfSpeed(v.text) && ref.kind === "found" &&
    ref.tracking?.status === "lost"
  ) {
    return deliveryProblem(v, tone);
  }
  // "Can you expedite ORD-3002" when it was delivered: nothing left to speed up.
  const closedOne = expediteRefusedReply(v, tone);
  if (closedOne) return closedOne;
  // "No, the first one" while a speed-up waits: the same speed-up, for the order now named.
  // "Same for 1001" while 1003's speed-up waits: the same speed-up, for each (each_order.ts).
  const moved = /^expedite_/.test(v.pending?.action.type ?? "") &&
    (v.withdrawn || (v.confirmation === "new_request" && asksSameForAnother(v.text, true)));
  // "Can i get that for 2001?" right after the speeds' prices: that speed for that order.
  const taken = v.lastIntent === "shipping_options" && speedTakenFor(v.text);
  if (
    (WANTS_FASTER.test(v.text) || moved || taken) && ref.kind === "found" &&
    canExpedite(ref.order, v.now, ref.tracking).ok
  ) {
    const was = moved ? v.pending?.action.params.method : null;
    const method = methodAsked(v.text) ?? (was === "overnight" ? "overnight" : "express");
    return expediteOffer(v, tone, ref.order, { method, lead: [opener(v, tone)] });
  }
  // "Can you deliver it on Saturday": no day can be booked, said with what can be done.
  const day = ref.kind === "found" ? deliveryDayReply(v, tone, ref.order, ref.tracking) : null;
  if (day) return day;
  return draft("shipping_options", tone, [
    opener(v, tone),
    policyAnswer("shipping"),
    policyAnswer("expedite", { tier: v.tier }),
    closer(v),
  ]);
}

/** The payment methods the store accepts. */
export function paymentMethods(v: TurnView, tone: Tone): Draft {
  const how = paidHowReply(v, tone);
  if (how) return how;
  // "Ok, apple pay it is. thanks": a choice made and thanks, no question to answer.
  if (!askedAsQuestion(v.text) && saysThanks(v.text)) return smallTalk(v);
  // "How long does a transfer take to show" after "i paid by bank transfer": that way to pay.
  // "What else can i use?" asks beyond the way talked of: every way, as the policy lists them.
  const beyond = /\b(?:what else|anything else|any other|other (?:ways?|options?|methods?))\b/i
    .test(v.text);
  const asked = paymentMethodAnswer(asRead(v)) ??
    (v.payment && !beyond
      ? paymentMethodAnswer(`${v.payment.replace(/_/g, " ")}: ${asRead(v)}`)
      : null);
  const unpaid = unpaidOrderMeant(v);
  // "How do i pay for my keyboard" when the keyboard's order is paid: nothing left to pay.
  const named = unpaid ? [] : [orderNamed(v)].filter((o) => o !== null);
  const paid = named.length === 1 && named[0].payment_status === "paid" ? named[0] : null;
  return draft("payment_methods", tone, [
    opener(v, tone),
    paid
      ? `Order ${paid.id} (${formatMoney(paid.total, paid.currency)}) is already paid, so ` +
        "there's nothing more to pay for it."
      : null,
    // "How do I pay for it then" about the order waiting for its payment: where to pay it.
    ...(unpaid && !paid
      ? [
        `Order ${unpaid.id} (${formatMoney(unpaid.total, unpaid.currency)}) is waiting for ` +
        "its payment: you can pay it from the order's page in your account.",
      ]
      : []),
    ...(asked ?? [policyAnswer("payment")]),
    closer(v),
  ]);
}

/** Words pointing at an order rather than at paying in general. */
// "Can i pay for the other one with paypal": an order named by how it stands to another.
const AN_ORDER =
  /\b(?:it|this|that|(?:my|the|this|that) order|(?:the|my) other (?:one|order)|ORD-?\d+)\b/i;

/**
 * The order a question about paying means when it points at one and that order waits for
 * its payment: the turn's order, else the customer's only order waiting for one; right after
 * a question about an order's payment, that order.
 */
function unpaidOrderMeant(v: TurnView) {
  const c = v.context;
  // "Is ORD-2002 paid?" … "how do i pay then": the order the payment question was about.
  const asked = v.lastIntent === "payment_issue" && v.told?.order_id
    ? c?.orders.find((o) => o.id === v.told?.order_id && o.payment_status === "pending")
    : undefined;
  if (asked && !/\b(?:other|another|new|next)\b/i.test(v.text)) return asked;
  // "Pay for monitor how": the goods of an order waiting for its payment name it, article or not.
  const byGoods = ordersNamedByGoods(c?.orders ?? [], v.text);
  if (byGoods.length === 1 && byGoods[0].payment_status === "pending") return byGoods[0];
  // "How do i pay for the monitor": a product of theirs points at its order too.
  if (!AN_ORDER.test(v.text) && (v.entities.item_refs?.length ?? 0) === 0) return null;
  const found = c?.order_lookup === "found" ? c.order : null;
  const waiting = c?.orders.filter((o) => o.payment_status === "pending") ?? [];
  // "The other one" beside an order talked of: the one waiting, when that is another.
  const other = /\b(?:the|my) other (?:one|order)\b/i.test(v.text) && waiting.length === 1 &&
    waiting[0].id !== found?.id;
  const order = other ? waiting[0] : found ?? (waiting.length === 1 ? waiting[0] : null);
  return order?.payment_status === "pending" ? order : null;
}

/**
 * A policy question, answered from `domain/policy.ts` and the FAQ: in general (with the
 * orders the rule applies to named, nothing proposed), or about the order it names, with
 * its dates.
 */
export function policyQuestion(v: TurnView, tone: Tone): Draft {
  // "Can the refund go to another card?": the rule, with the order's own way of paying.
  const destination = refundDestinationReply(v, tone);
  if (destination) return destination;
  const ref = resolveOrder(v);
  const order = ref.kind === "found" && !ref.assumed ? ref.order : null;
  // "wats the warrenty on stuff": the words as the classifier read them.
  const general = order ? null : generalPolicyReply({ ...v, text: asRead(v) }, tone);
  if (general) return general;
  const topic = policyTopicFor(asRead(v));
  if (!topic) {
    return draft("policy_overview", tone, [
      opener(v, tone),
      policyAnswer("returns"),
      policyAnswer("cancellation"),
      "Would you like details on refunds, shipping, payment, invoices, warranty or privacy?",
    ]);
  }
  const tracking = ref.kind === "found" ? ref.tracking : null;
  let specific: string | null = null;
  if (order && (topic === "returns" || topic === "refunds")) {
    const ok = topic === "returns"
      ? canReturn(order, v.now, tracking)
      : canRefund(order, v.now, tracking);
    const until = returnDeadline(order);
    specific = ok.ok
      ? `Order ${order.id} qualifies${until ? ` until ${formatDate(until, v.now)}` : ""}.`
      : ok.rule;
  }
  return draft(`policy_${topic}`, tone, [
    opener(v, tone),
    policyAnswer(topic, { tier: v.tier }),
    specific,
    closer(v),
  ]);
}

/** Sign-in, password and account-switching trouble. */
export function accountAccess(v: TurnView, tone: Tone): Draft {
  if (saysNotArrived(v.text)) {
    // "I didn't get the email": what to do about the link that did not come, not the steps again.
    return draft("account_access_no_email", tone, [
      opener(v, tone),
      "Sorry about that. The reset email can take a few minutes, and it sometimes lands in " +
      "the spam or promotions folder. If it isn't there, request a new link on the sign-in " +
      "page (only the newest one works), and make sure you type the email address your " +
      "account uses.",
      "If nothing comes after that, ask for a colleague and they'll verify your identity " +
      "and help you back in.",
    ]);
  }
  return draft("account_access", tone, [
    opener(v, tone),
    say(v, "access", [
      'To reset your password, choose "Forgot password" on the sign-in page and we\'ll email you a link.',
      'If you can\'t sign in, use "Forgot password" on the sign-in page; the reset link comes by email.',
    ]),
    "For your security I can't see or change passwords in this chat, and I'll never ask for one.",
    "If you no longer have access to that email address, ask for a colleague and they'll verify your identity.",
  ]);
}

/** Changing account details, the newsletter, or closing the account. */
export function accountUpdate(v: TurnView, tone: Tone): Draft {
  // "delete my acount": the words as the classifier read them.
  const text = asRead(v);
  const closing = /\b(delete|close|remove|cancel) (my )?account\b/i.test(text);
  // "How do I create an account?": how to open one, not how to edit it.
  const opening = !closing &&
    /\b(?:create|open|make|set up|register|sign up for|start) (?:an? |my |new )*account\b|\b(?:sign ?up|register)\b/i
      .test(text);
  const newsletter = /newsletter|unsubscribe|emails? from you|marketing/i.test(text);
  return draft("account_update", tone, [
    opener(v, tone),
    opening
      ? "Choose Sign in at the top of any page, then Create account, and enter your email " +
        "address and a password. You don't need one to order: you can check out as a guest " +
        "and follow your parcel from the shipping email."
      : closing
      ? "You can close your account under Account → Privacy. " + policyAnswer("privacy")
      : newsletter
      ? "You can turn the newsletter on or off under Account → Notifications, or use the " +
        "unsubscribe link at the bottom of any newsletter."
      : /\be-?mail\b/i.test(text) && /\b(?:change|update|switch|new|different)\b/i.test(text)
      ? "You can change the email address of your account under Account → Profile; for your " +
        "security I can't change it from this chat."
      : /\baddress(?:es)?\b/i.test(text) && !/\be-?mail\b/i.test(text)
      ? "You can change your saved addresses under Account → Profile, and choose the one new " +
        "orders go to by default. Orders already placed keep their address — tell me if one " +
        "of them should go somewhere else."
      : "You can change your name, email address, phone number, saved addresses and " +
        "newsletter settings under Account → Profile.",
    closer(v),
  ]);
}

/** How to buy. */
export function placeOrder(v: TurnView, tone: Tone): Draft {
  return draft("place_order", tone, [
    opener(v, tone),
    "Add what you'd like to your cart from the product pages, then choose Checkout to pick " +
    "a shipping speed and pay.",
    policyAnswer("payment").split(". ")[0] + ".",
    closer(v),
  ]);
}

/** A question about a product: what the assistant can and cannot say about it. */
export function productQuestion(v: TurnView, tone: Tone): Draft {
  // "Do you sell iphones?": nothing of the catalogue fits, and the FAQ had no answer either.
  const c = v.context?.catalogue;
  if (c?.lookup === "none" && /^[a-z0-9' -]{3,40}$/i.test(c.query.trim())) {
    return draft("product_not_sold", tone, [
      opener(v, tone),
      `I can't find "${c.query.trim()}" in our catalogue, so I'm afraid we don't sell that at ` +
      "the moment.",
      "Tell me what you're looking for and I'll check what we have.",
    ]);
  }
  const product = v.entities.products[0]?.name;
  return draft("product_question", tone, [
    opener(v, tone),
    product
      ? `The product page of the ${product} has its full specifications, stock and warranty.`
      : "Every product page lists the full specifications, stock and warranty.",
    policyAnswer("warranty"),
    "If you need advice beyond that, ask for a colleague and they'll help you choose.",
  ]);
}
