/**
 * A question about the change that waits for a yes — "what happens to my money?", "how long
 * will it take?", "how much does it cost?" — answered from what that change would do, so a
 * question is never taken for an unclear yes or no. Only facts of the order and the policy:
 * the order's total, the refund's timing, the fee by tier, the dispatch of a replacement.
 */
import type { OrderView, PendingAction } from "../../shared/protocol.ts";
import type { ActionType } from "../../shared/vocabulary.ts";
import {
  EXPEDITE_FEES,
  expediteFeeWaived,
  INVESTIGATION_DAYS,
  REFUND_PROCESSING_DAYS,
  REPLACEMENT_DISPATCH_DAYS,
  RETURN_SEND_DAYS,
  SHIPPING_SPEEDS,
} from "../../domain/policy.ts";
import { formatMoney, refundable } from "../../domain/format.ts";
import type { TurnView } from "./view.ts";
import { linesText, namedLines } from "./return_items.ts";

/** What the question asks about the change. */
type Aspect = "money" | "time" | "any";

/** "What happens then?", "how does that work?": the change as a whole. */
const WHOLE =
  /\b(what (happens|would happen|will happen|does that mean|then)|and then|how (does|would|will) (it|that|this) work)\b/i;

const MONEY =
  /\b(money|cost|costs|fee|fees|charge[sd]?|price|pay|paid|paying|refund(ed)?|how much|free|back)\b/i;
/** A fee asked about in so many words. */
const FEE_ASKED = /\b(fee|fees|cost|costs|charge[sd]?|free)\b/i;
const TIME = /\b(how long|when|how soon|how many days|how quickly|take|takes|days|weeks)\b/i;

/**
 * The aspect asked about: money, time, or the change as a whole ("what happens then?");
 * null for any other question ("should I say yes?"), which is not about what it would do.
 */
function aspectOf(text: string): Aspect | null {
  if (MONEY.test(text)) return "money";
  if (TIME.test(text)) return "time";
  return WHOLE.test(text) ? "any" : null;
}

/** The sentences a change's facts give, by aspect; `any` is all of them. */
type Facts = Partial<Record<Exclude<Aspect, "any">, string>>;

function refundTiming(amount: string): string {
  return `The ${amount} goes back to your original payment method within ` +
    `${REFUND_PROCESSING_DAYS} business days.`;
}

function factsOf(
  v: TurnView,
  type: ActionType,
  order: OrderView | null,
  amount: number | null,
): Facts | null {
  const id = order?.id ?? "the order";
  const paid = order ? order.payment_status === undefined || order.payment_status === "paid" : true;
  const total = order ? formatMoney(refundable(order), order.currency) : null;
  // A refund of part of the order (one item's) states its own amount, not the order's.
  const refunded = order && amount !== null ? formatMoney(amount, order.currency) : total;
  switch (type) {
    case "cancel_order":
      return {
        // "Is there a fee?": none, said first.
        money: paid
          ? `${FEE_ASKED.test(v.text) ? "There's no fee for cancelling. " : ""}${
            total ? refundTiming(`${total} you paid`) : "Any payment is refunded in full."
          }`
          : `You haven't paid for order ${id}, so nothing is charged and there's nothing to refund.`,
        // Not "is cancelled": a claim of a state the order is not in yet (the guardrail's).
        time: `Nothing changes until you say yes; then I cancel order ${id} straight away.`,
      };
    case "refund": {
      const said = refundTiming(refunded ? `${refunded} for order ${id}` : "refund");
      return { money: said, time: said };
    }
    case "expedite_order":
    case "expedite_delivery": {
      const express = SHIPPING_SPEEDS.express;
      return {
        money: expediteFeeWaived(v.tier)
          ? `As a ${v.tier} member, you pay no fee for this.`
          : `The upgrade costs ${formatMoney(EXPEDITE_FEES.express)}.`,
        time: `Express delivery takes ${express.minDays}–${express.maxDays} business days once ` +
          "it ships; the date stays the carrier's estimate.",
      };
    }
    case "change_address":
      return {
        money: "Changing the address costs nothing.",
        time: `The change is made as soon as you say yes, before order ${id} ships.`,
      };
    case "return_item":
      return {
        money: `The return label is free${
          refunded ? `, and the ${refunded} is refunded once the parcel is back with us` : ""
        }.`,
        time: `You'll get the label by email, and you have ${RETURN_SEND_DAYS} days to send ` +
          `the parcel; the refund reaches you within ${REFUND_PROCESSING_DAYS} business days of ` +
          "its arrival.",
      };
    case "carrier_investigation":
      return {
        money: "An investigation costs you nothing.",
        time: `The carrier usually answers within ${INVESTIGATION_DAYS} days of your yes; if the ` +
          "parcel turns out to be lost, we send a replacement or refund it in full.",
      };
    case "replacement":
      return {
        money: "The replacement is free of charge.",
        time: `It leaves our warehouse within ${REPLACEMENT_DISPATCH_DAYS} business day of your ` +
          "yes, and we email you its tracking number.",
      };
    default:
      return null;
  }
}

/** The goods sent again named: "a new one", "the replacement", "another one". */
const NEW_ONE = /\b(?:a new one|the new one|new ones|another one|(?:a|the) replacement)\b/i;

/** The order a pending change is about, as the turn's context has it. */
export function pendingOrder(v: TurnView, p: PendingAction): OrderView | null {
  const id = p.action.order_id;
  const c = v.context;
  if (!id || !c) return null;
  if (c.order?.id === id) return c.order;
  return c.orders.find((o) => o.id === id) ?? null;
}

/**
 * The answer to a question about the pending change `p`, as sentences; null when the
 * change is of a kind with no such facts (a supervisor's review, a note).
 */
export function pendingDetails(v: TurnView, p: PendingAction): string[] | null {
  const items = cancelledItems(v, p);
  if (items) return items;
  const aspect = aspectOf(v.text);
  if (!aspect) return null;
  const order = pendingOrder(v, p);
  const amount = typeof p.action.params?.amount === "number"
    ? p.action.params.amount
    : linesWorth(p, order);
  // "How long will a new one take?" while a refund waits: the replacement offered beside it.
  const other = p.action.type === "refund" && NEW_ONE.test(v.text);
  const facts = factsOf(v, other ? "replacement" : p.action.type, order, amount);
  if (!facts) return null;
  const said = aspect === "any" ? [facts.time, facts.money] : [facts[aspect]];
  if (other) said.push("If you'd rather have the new one than the refund, just say so.");
  // A refund's money and time are one sentence: said once.
  const out = [...new Set(said)].filter((s): s is string => typeof s === "string" && s.length > 0);
  return out.length > 0 ? out : null;
}

/**
 * "What happens to the water bottles?" while the cancellation of their order waits: the
 * whole order goes, those included, and keeping some of it is a change of its items.
 */
function cancelledItems(v: TurnView, p: PendingAction): string[] | null {
  if (p.action.type !== "cancel_order") return null;
  const order = pendingOrder(v, p);
  if (!order) return null;
  const lines = namedLines(v.entities.item_refs ?? [], order);
  if (lines.length === 0) return null;
  const some = lines.length < order.items.length;
  return [
    `Cancelling order ${order.id} cancels everything in it, ${linesText(lines)} included.`,
    ...(some
      ? ["If you'd rather keep some of it, I can remove just the items you don't want instead."]
      : []),
  ];
}

/**
 * What the lines a return of part of an order covers cost ("the frother's return": 29.00, not
 * the order's 428.00); null when it covers the whole order or a line is not found.
 */
function linesWorth(p: PendingAction, order: OrderView | null): number | null {
  const items = p.action.params?.items;
  if (p.action.type !== "return_item" || !order || !Array.isArray(items)) return null;
  let sum = 0;
  for (const raw of items) {
    const it = raw as { sku?: unknown; quantity?: unknown };
    const line = order.items.find((l) => l.sku === it.sku);
    if (!line) return null;
    const n = typeof it.quantity === "number"
      ? Math.min(it.quantity, line.quantity)
      : line.quantity;
    sum += line.price * n;
  }
  return Math.min(Math.round(sum * 100) / 100, refundable(order));
}
