/**
 * Delivery problems — late, lost, damaged, wrong or missing items, "never arrived":
 * empathy, the facts from the context, and what the rules allow (a carrier
 * investigation, a refund, a return).
 */
import { unitsMeant } from "../../domain/units_meant.ts";
import { onTimeOptions } from "./late_options.ts";
import { notShippedGoods } from "./not_shipped_goods.ts";
import { linesMeant } from "./lines_meant.ts";
import { faultInUse } from "./fault_words.ts";
import {
  DAMAGED_REASON,
  FAULTY_REASON,
  goodsProblem,
  MISSING_ITEM_REASON,
  reportedIssueIn,
  WRONG_ITEM_REASON,
} from "../../domain/problems.ts";
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { LOST_PARCEL_DAYS, REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import { alternativeFor } from "./alternatives.ts";
import { canRefund, canReplace, canReturn, parcelLost } from "../../domain/eligibility.ts";
import { formatDate, formatMoney, itemsText, refundable } from "../../domain/format.ts";
import { gateOrder } from "./gate.ts";
import { statusFacts } from "./order_facts.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { asking, type Draft, draft, propose, say, type Tone, type TurnView } from "./view.ts";
import { lostParcelChoice } from "./orders_info.ts";
import { replacementOffer } from "./replacement.ts";
import { partReason } from "../../domain/missing_part.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { bareReaction } from "../../domain/reaction.ts";
import { missingPartOf, partMissingSentence } from "./missing_part.ts";
import { goodsUnlike } from "../../domain/goods_unlike.ts";
import { unlikeReturn } from "./goods_unlike.ts";
import { missingLines, missingWhich, withMissingAsked } from "./missing_which.ts";
import { toldArrivedLate } from "../../domain/arrived_late.ts";
import { arrivedLateReply } from "./arrived_late.ts";
import { arrivedFaulty } from "./lost_but_arrived.ts";
import { notYetDue } from "./not_yet_due.ts";
import {
  deliveredProblemAsked,
  faultWhich,
  onlyNamesGoods,
  saysNotReceived,
  unsentProblemAsked,
} from "./problem_unsaid.ts";

type Problem =
  | "damaged"
  | "unlike"
  | "came_late"
  | "lost"
  | "late"
  | "not_received"
  | "unsaid"
  | "on_time";

function problemOf(v: TurnView, order: OrderView, tracking: TrackingView | null): Problem {
  const delivered = order.status === "delivered";
  // Said now, or on the store's record of the order (told in an earlier turn, or to the shop).
  // "ORD-1002" alone after "the espresso machine that just arrived is cracked": said before.
  const before = onlyNamesGoods(v.text) ? v.said ?? "" : "";
  const told = goodsProblem(v.text) ?? goodsProblem(before);
  if (delivered && (told !== null || order.reported_issue != null)) {
    return "damaged";
  }
  // "What can you do?" after "it makes a grinding noise": the fault told a turn before.
  if (delivered && v.reported?.order_id === order.id) return "damaged";
  // "Way too small", "looks nothing like the picture": it came; a return, not a search.
  if (delivered && goodsUnlike(v.text) !== null) return "unlike";
  // "Came a week late": it came — no search at the door.
  if (delivered && toldArrivedLate(v.text)) return "came_late";
  // Delivered, and nothing said of what went wrong nor of its not coming: asked.
  if (delivered) return saysNotReceived(v.text) ? "not_received" : "unsaid";
  if (tracking?.status === "lost") return "lost";
  if ((tracking?.days_since_last_scan ?? 0) >= LOST_PARCEL_DAYS) return "lost";
  const eta = tracking?.eta ?? order.eta;
  if (tracking?.status === "exception" || (eta && new Date(eta) < v.now)) return "late";
  return "on_time";
}

/** A parcel that is late, lost, damaged or missing. */
export function deliveryProblem(told: TurnView, tone: Tone): Draft {
  // "The frother" after we asked which item is missing: read with the report it answers.
  const v = withMissingAsked(told);
  const g = gateOrder(v, tone, {
    purpose: "me to look into",
    fits: (o) => o.status === "shipped" || o.status === "delivered",
  });
  if (!g.ok) return g.draft;
  const { order, tracking } = g;
  // "My monitor arrived damaged" of an order not shipped: said so, and what arrived asked.
  const unsent = notShippedGoods(v, tone, order);
  if (unsent) return unsent;
  const problem = problemOf(v, order, tracking);
  const open = opener(v, tone === "neutral" || tone === "friendly" ? "empathetic" : tone);
  const carrier = tracking?.carrier ?? order.carrier ?? "the carrier";
  // "Wow thanks a lot" right after this order's news: that news is not told again.
  const reacted = bareReaction(v.text) && v.told?.order_id === order.id;
  const news = reacted
    ? [
      say(v, "sorry-news", [
        "I'm sorry — I know that's not the news you were hoping for.",
        "I'm sorry it isn't better news.",
      ]),
    ]
    : statusFacts(v, order, tracking);
  const investigate = propose("carrier_investigation", order.id, {
    tracking_number: order.tracking_number,
    reason: problem === "lost" ? "Parcel lost in transit" : "Parcel delayed",
  });
  switch (problem) {
    case "lost":
      if (parcelLost(order, tracking)) {
        // "It arrived and won't turn on": their word that it came, the fault told, not "lost".
        const came = arrivedFaulty(v.text, order);
        return lostChoice(v, tone, order, tracking, open, came ? [came] : news);
      }
      return draft("delivery_lost", tone, [
        open,
        ...news,
        `I can open an investigation with ${carrier} right away; if they confirm the parcel ` +
        "is lost, we'll send a replacement or refund it in full.",
        confirmPrompt(v),
      ], [investigate]);
    case "late":
      return draft("delivery_late", tone, [
        open,
        ...news,
        `I can open an investigation with ${carrier} so they chase the parcel.`,
        confirmPrompt(v),
      ], [investigate]);
    case "not_received": {
      const last = tracking?.last_event;
      const where = last ? ` in ${last.location}` : "";
      return draft("delivery_not_received", tone, [
        open,
        order.delivered_at
          ? `${carrier} shows order ${order.id} as delivered${where} on ${
            formatDate(order.delivered_at, v.now)
          }.`
          : `Order ${order.id} is marked as delivered.`,
        "It's worth checking with neighbours or a safe place first; if it isn't there, I can " +
        "pass this to a colleague, who will look into it with you.",
        confirmPrompt(v),
      ], [
        propose("escalate_supervisor", order.id, { reason: "Marked delivered but not received" }),
      ]);
    }
    case "damaged":
      return damaged(v, tone, order, open);
    case "unsaid":
      return deliveredProblemAsked(v, order, open);
    case "came_late":
      return arrivedLateReply(v, tone, { order, open });
    case "unlike":
      return unlikeReturn(v, tone, { order, kind: goodsUnlike(v.text)!, open });
    case "on_time":
      if (!tracking) {
        // Not shipped, nothing said of what is wrong: asked, no tracking it has none of.
        const unsent = unsentProblemAsked(order);
        if (unsent) return unsent;
        // Without the carrier's word this turn, nothing is said to be fine: a way forward.
        return draft("delivery_unchecked", tone, [
          open,
          ...statusFacts(v, order, tracking),
          `Tell me what's wrong with the delivery, or if it hasn't arrived by the estimate, ` +
          `and I'll check with ${carrier} and open an investigation.`,
        ], [propose("tracking_info", order.id)]);
      }
      // "Great, thanks!" after good news: taken as thanks, the news not told again.
      if (reacted) {
        return draft("delivery_on_time", tone, [
          say(v, "good-news", ["You're welcome!", "Glad to help!"]),
          "It's still within the carrier's estimate, so it should be with you soon.",
        ]);
      }
      // "They havent come yet" after that answer: not late yet, the news not told again.
      if (!bareReaction(v.text)) {
        const due = notYetDue(v, order, tracking);
        if (due) return due;
      }
      // "Ok what now?" after that answer: what can be done, not the parcel's news again.
      if (asksOptions(v.text) && v.told?.order_id === order.id) {
        return onTimeOptions(v, tone, order, tracking, carrier);
      }
      return draft("delivery_on_time", tone, [
        open,
        ...statusFacts(v, order, tracking),
        say(v, "ontime", [
          "It's still within the carrier's estimate, so it should be with you soon.",
          "Nothing looks wrong with the delivery so far; it's still within the estimate.",
        ]),
      ], [propose("tracking_info", order.id)]);
  }
}

/** The reason a change for goods that came wrong carries (and a replacement later reads). */
function problemReason(text: string): string {
  const problem = goodsProblem(text);
  return problem === "damaged"
    ? DAMAGED_REASON
    : problem === "faulty"
    ? FAULTY_REASON
    : problem === "wrong_or_missing"
    ? (reportedIssueIn(text) === "missing_item" ? MISSING_ITEM_REASON : WRONG_ITEM_REASON)
    : "Arrived damaged or wrong";
}

/** The carrier has confirmed the loss: refund or replacement, as the customer prefers. */
function lostChoice(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  tracking: TrackingView | null,
  open: string,
  news: readonly string[],
): Draft {
  const refund = canRefund(order, v.now, tracking).ok;
  const replace = canReplace(order, v.now, { tracking }).ok;
  const money = formatMoney(refundable(order), order.currency);
  const choice = refund && replace
    ? `I can refund the full ${money}, or send a replacement free of charge — which would you prefer?`
    : refund
    ? `I can refund the full ${money} to your original payment method. Would you like me to?`
    : replace
    ? "I can send a replacement free of charge. Would you like me to?"
    : "I'll pass this to a colleague, who will sort it out with you.";
  const d = draft("delivery_lost_confirmed", tone, [open, ...news, choice]);
  return refund && replace ? asking(d, lostParcelChoice(order.id)) : d;
}

function damaged(v: TurnView, tone: Tone, order: OrderView, open: string): Draft {
  const part = missingPartOf(v.text, order);
  const meant = missingLines(v.text, order) ?? linesMeant(v, order);
  const which = part
    ? null
    : missingWhich(v, tone, { order, meant, open }) ?? faultWhich(v, tone, { order, meant, open });
  if (which) return which;
  const what = part
    ? partMissingSentence(v, order, part)
    : faultInUse(v.text)
    ? `A fault like that in the ${
      meant.length === 1 ? meant[0].name : itemsText(order)
    } from order ${order.id} is ours to put right.`
    : goodsProblem(v.text) === "wrong_or_missing"
    ? (reportedIssueIn(v.text) === "missing_item" && meant.length > 0 &&
        meant.length < order.items.length
      ? `The ${meant.map((l) => l.name).join(" and ")} should have been in order ${order.id} — ` +
        "that's ours to put right."
      // "The frother i got is the wrong model": that item, not the whole order, named.
      : reportedIssueIn(v.text) === "wrong_item" && meant.length === 1 && order.items.length > 1
      ? `The ${meant[0].name} in order ${order.id} should have been exactly what you ordered — ` +
        "that's ours to put right."
      : `Order ${order.id} should have brought you exactly what you ordered (${itemsText(order)}).`)
    // "My frother is broken": the one item of several told of, as the refund is for it alone.
    : meant.length === 1 && order.items.length > 1
    ? `The ${meant[0].name} from order ${order.id} should have reached you in perfect condition.`
    : say(v, "dmg", [
      // The opener has already apologised: this says what went wrong, not sorry again.
      `Order ${order.id} (${itemsText(order)}) should have reached you in perfect condition.`,
      `That's not how order ${order.id} should have arrived.`,
    ]);
  const refund = canRefund(order, v.now);
  if (refund.ok) {
    // "The wrong frother in my espresso order": the frother, by a word of its name.
    const named = meant;
    const item = named.length === 1 ? named[0] : undefined;
    // "One of the 3 webcams doesn't work": those units of the line, not all of them.
    const units = item ? unitsMeant(v.text, item.quantity) : null;
    const count = units ?? item?.quantity ?? 0;
    const alone = item !== undefined && (order.items.length > 1 || units !== null);
    // One named item of several (or some units of it) is refunded alone; else all that is left.
    const amount = alone ? item.price * count : refundable(order);
    const value = Math.round(amount * 100) / 100;
    return draft("delivery_damaged", tone, [
      open,
      what,
      `I can refund ${formatMoney(value, order.currency)} to your original payment method ` +
      `right away; it arrives within ${REFUND_PROCESSING_DAYS} business days.`,
      replacementOffer(v, order, null),
      confirmPrompt(v),
    ], [
      propose("refund", order.id, {
        amount: value,
        reason: part ? partReason(part) : problemReason(v.text),
        // The item kept with the refund, so "no, I want my money back" refunds it, not all.
        ...(alone ? { items: [{ sku: item.sku, quantity: count }] } : {}),
      }),
    ]);
  }
  const ret = canReturn(order, v.now);
  if (ret.ok) {
    return draft("delivery_damaged", tone, [
      open,
      what,
      "I can start a free return with a prepaid label, and we'll sort out the item once it's back.",
      confirmPrompt(v),
    ], [
      propose("return_item", order.id, {
        reason: part ? partReason(part) : problemReason(v.text),
      }),
    ]);
  }
  const alt = alternativeFor(v, order, refund);
  return draft(
    "delivery_damaged_refused",
    tone,
    [open, what, refund.rule, ...alt.sentences],
    alt.actions,
  );
}
