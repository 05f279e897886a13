/**
 * Sentences that state an order's facts — status, items, tracking, carrier, ETA — using
 * only what the context holds. Nothing here guesses: a missing fact is left out.
 */
import { notTheirsAgain } from "./not_theirs_again.ts";
import { asksAboutSomeoneElse } from "../../domain/someone_else.ts";
import { nearOwnOrder } from "../../domain/near_number.ts";
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import {
  capitalize,
  formatDate,
  formatMoney,
  itemsText,
  joinAnd,
  statusWords,
} from "../../domain/format.ts";
import { say, type TurnView } from "./view.ts";
import { reportedBefore } from "./reported_told.ts";
import { closedFacts } from "./closed_facts.ts";
import {
  asksNotShipped,
  onScheduleSentence,
  PREPARING_DAYS,
  preparingOnSchedule,
} from "../../domain/preparing_on_time.ts";
import { SHIPPING_SPEEDS } from "../../domain/policy.ts";

/** "When would it ship after I pay?". */
const SHIPS_AFTER_PAYING = /\b(?:after|once|when|if)\s+i\s+(?:pay|have paid|'ve paid)\b/i;

/** `ORD-1001 (Noise-Cancelling Headphones)`. */
export function orderLabel(order: OrderView): string {
  return `${order.id} (${itemsText(order)})`;
}

/** The status of an order, its items and what happens next, as sentences. */
export function statusFacts(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
): string[] {
  const now = v.now;
  const label = orderLabel(order);
  const out: string[] = [];
  switch (order.status) {
    case "pending":
      out.push(
        order.payment_status === "pending"
          ? `Order ${label} is waiting for payment; it will be prepared once the payment arrives. ` +
            "You can pay it from the order's page in your account." +
            // "When would it ship after I pay?": how long after.
            (SHIPS_AFTER_PAYING.test(v.text)
              ? ` Once it's paid, it ships within ${PREPARING_DAYS} days, and standard ` +
                `delivery takes ${SHIPPING_SPEEDS.standard.minDays}–` +
                `${SHIPPING_SPEEDS.standard.maxDays} business days after that.`
              : "")
          : `Order ${label} has been received and is waiting to be prepared.`,
      );
      break;
    case "processing":
      out.push(say(v, "st-proc", [
        `Order ${label} is being prepared and hasn't shipped yet.`,
        `We're preparing order ${label}; it hasn't shipped yet.`,
      ]));
      // "I ordered the shoes yesterday and it still hasn't shipped??": on schedule, said so.
      if (asksNotShipped(v.text) && preparingOnSchedule(order, now)) {
        out.push(onScheduleSentence(order, now));
      }
      break;
    case "shipped": {
      const on = order.shipped_at ? ` on ${formatDate(order.shipped_at, now)}` : "";
      const by = order.carrier ? ` with ${order.carrier}` : "";
      const troubled = tracking?.status === "lost" || tracking?.status === "exception";
      out.push(
        troubled ? `Order ${label} shipped${on}${by}.` : say(v, "st-ship", [
          `Order ${label} shipped${on}${by}.`,
          `Order ${label} is on its way — it shipped${on}${by}.`,
        ]),
      );
      break;
    }
    case "delivered": {
      const on = order.delivered_at ? ` on ${formatDate(order.delivered_at, now)}` : "";
      out.push(`Order ${label} was delivered${on}.`);
      // "What's the status of my stand mixer?" after telling us it came damaged.
      const reported = reportedBefore(v, order);
      if (reported) out.push(reported);
      break;
    }
    case "refunded": {
      const amount = order.refunded_amount
        ? ` (${formatMoney(order.refunded_amount, order.currency)})`
        : "";
      out.push(`Order ${label} has been refunded${amount}.`);
      break;
    }
    default:
      out.push(
        ...closedFacts(v.text, order, label) ?? [`Order ${label} is ${statusWords(order.status)}.`],
      );
  }
  if (order.tracking_number && order.status !== "delivered" && !order.delivered_at) {
    out.push(`Its tracking number is ${order.tracking_number}.`);
  } else if (order.tracking_number && asksForTracking(v.text)) {
    // Delivered: the number is history, said only when asked for (e.g. to check the proof
    // of delivery with the carrier).
    out.push(`Its tracking number was ${order.tracking_number}.`);
  }
  out.push(...trackingFacts(v, order, tracking));
  return out;
}

/** Words asking for the tracking number itself: it is given again when asked for. */
const ASKS_TRACKING = /\btrack(?:ing)?\b|\bnumber\b/i;

/** "Which carrier?", "who's delivering it", "what courier": the carrier asked for. */
const ASKS_CARRIER = /\b(?:carrier|courier|who(?:'s| is) (?:delivering|bringing) it)\b/i;

/**
 * The status of an order asked about again, right after it was told ("so it's really
 * gone?", "is it delivered yet?"): where it stands now, without the shipping date, carrier
 * and tracking number of the turn before (unless the tracking number is what they ask for).
 */
export function statusAgain(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
): string[] {
  // "Which carrier?": the whole facts, the carrier among them.
  if (order.status !== "shipped" || ASKS_TRACKING.test(v.text) || ASKS_CARRIER.test(v.text)) {
    return statusFacts(v, order, tracking);
  }
  const now = v.now;
  const last = tracking?.last_event;
  if (tracking?.status === "lost") {
    return [
      `The carrier has marked the parcel of order ${order.id} as lost${lastScan(last, now)}.`,
    ];
  }
  const facts = trackingFacts(v, order, tracking);
  if (tracking?.status === "exception") {
    return [`Order ${order.id} is still delayed.`, ...facts];
  }
  return [
    say(v, "st-again", [
      `Order ${order.id} is still on its way.`,
      `Order ${order.id} is still in transit.`,
    ]),
    ...facts,
  ];
}

/** Whether the customer asks for a tracking number ("the tracking number for it?"). */
export function asksForTracking(text: string): boolean {
  return /\btrack(ing)?\s*(n(umbe)?r|no\.?|#|code|id|link|info)|\btracking\b|\btrk\d*/i.test(text);
}

/** The parcel's latest scan and estimated delivery, as sentences. */
export function trackingFacts(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
): string[] {
  // Delivered, then refunded or returned: the parcel's journey is over, nothing is "late".
  if (order.status === "delivered" || order.status === "cancelled" || order.delivered_at) {
    return [];
  }
  const now = v.now;
  const out: string[] = [];
  const last = tracking?.last_event;
  if (tracking?.status === "exception" && last) {
    const why = delayCause(last.description);
    out.push(
      `The carrier reported a delay at ${last.location} on ${formatDate(last.at, now)}${
        why ? ` (${why})` : ""
      }.`,
    );
  } else if (tracking?.status === "lost") {
    out.push(`The carrier has marked the parcel as lost${lastScan(last, now)}.`);
  } else if (tracking?.status === "out_for_delivery") {
    // "Is it arriving today?": the parcel is with the driver, which the estimate alone hides.
    out.push(
      last
        ? `It's out for delivery — its latest scan was in ${last.location} on ${
          formatDate(last.at, now)
        }.`
        : "It's out for delivery.",
    );
  } else if (last) {
    out.push(`Its latest scan was in ${last.location} on ${formatDate(last.at, now)}.`);
  }
  const eta = etaFact(v, order, tracking);
  if (eta) out.push(eta);
  return out;
}

/** When the parcel is expected (or that it is running late), or null without an estimate. */
export function etaFact(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
): string | null {
  const now = v.now;
  const eta = tracking?.eta ?? order.eta ?? null;
  if (!eta || tracking?.status === "lost") return null;
  if (new Date(eta) < now) {
    return `It was expected on ${formatDate(eta, now)}, so it is running late.`;
  }
  const who = tracking || order.status === "shipped" ? "The carrier's" : "Our";
  return `${who} current estimate for delivery is ${formatDate(eta, now)}.`;
}

/**
 * The cause in a carrier's delay scan ("Delivery delayed: severe weather at the Memphis hub"
 * → "severe weather at the Memphis hub"), or null when the scan gives none.
 */
export function delayCause(description: string | undefined): string | null {
  const cause = (description ?? "").replace(/^\s*(?:delivery\s+)?delay(?:ed)?\s*[:\-–—]\s*/i, "")
    .replace(/[.\s]+$/, "").trim();
  if (cause === "" || /^(?:delivery\s+)?(?:delayed|exception)$/i.test(cause)) return null;
  return cause.charAt(0).toLowerCase() + cause.slice(1);
}

function lastScan(last: TrackingView["last_event"] | undefined, now: Date): string {
  return last ? ` (last scan in ${last.location} on ${formatDate(last.at, now)})` : "";
}

/**
 * A short list of orders for choosing one: `ORD-1003 (…, being prepared)`. A shipped order
 * is "shipped", not "on its way": the list has no carrier's word, and the parcel may be lost.
 */
export function ordersList(orders: readonly OrderView[], max = 3, word = "and"): string {
  const state = (o: OrderView) => o.status === "shipped" ? "shipped" : statusWords(o.status);
  return joinAnd(orders.slice(0, max).map((o) => `${o.id} (${itemsText(o)}, ${state(o)})`), word);
}

/** The sentence asking which of several orders the customer means. */
export function whichOrder(v: TurnView, orders: readonly OrderView[], purpose: string): string {
  if (orders.length === 0) return "";
  return capitalize(say(v, "which", [
    `which order would you like ${purpose}? Your recent orders are ${ordersList(orders)}.`,
    `which order do you mean? I can see ${ordersList(orders)}.`,
  ]));
}

/** The reply part for an order that is not on the customer's account (or not theirs). */
export function notFoundFacts(v: TurnView, id: string | null): string[] {
  const first = id
    ? say(v, "nf", [
      `I couldn't find order ${id} on your account.`,
      `I can't find an order ${id} on your account.`,
    ])
    : "I couldn't find that order on your account.";
  const own = v.context?.orders ?? [];
  // "Ok can you at least tell me if it shipped": asked again, not even that.
  if (id && v.missingBefore === id && v.intent === "order_status") return [notTheirsAgain(v, id)];
  // "It's my wife's order": checking the number will not help; the owner's account will.
  if (
    asksAboutSomeoneElse(v.text, { email: v.context?.customer?.email ?? null, firstName: v.name })
  ) {
    return [
      first,
      "I can only look at and change orders on the account you're signed in with, so I can't " +
      "help with someone else's order here. If it's theirs, they can contact us signed in with " +
      "their own email address.",
    ];
  }
  // "#10002": a digit too many of one of theirs is asked back ("yes" then takes it) — not while
  // a change waits for its yes, which that yes would answer instead.
  const near = id && !v.pending ? nearOwnOrder(id, own.map((o) => o.id)) : null;
  const hint = own.length > 0
    ? `Could you check the number${near ? ` — did you mean ${near}` : ""}? The orders on your ` +
      `account are ${joinAnd(own.slice(0, 5).map((o) => o.id))}.`
    : "Could you check the number, or the email address you ordered with?";
  return [first, hint];
}
