/**
 * A refund asked for an order still on its way: "fine, refund it when it arrives i guess",
 * "can i get a refund on ORD-1001 its taking forever". Nothing can be refunded before the
 * parcel arrives (it is no refund status to look up, nor a reason to queue for a person):
 * the reply says when the carrier expects it and how the refund works once it is there —
 * the return window, the prepaid label, the amount and how long the money takes. Pure.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { parcelLost } from "../../domain/eligibility.ts";
import { formatDate, formatMoney, refundable } from "../../domain/format.ts";
import { REFUND_PROCESSING_DAYS, RETURN_WINDOW_DAYS } from "../../domain/policy.ts";
import { orderLabel } from "./order_facts.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** "When it arrives", "once it's delivered", "after they come", "as soon as it gets here". */
const WHEN_ARRIVED =
  /\b(?:when|once|after|as soon as|the moment)\s+(?:it|they|the \w+|my \w+|that|the parcel|the package)?\s*(?:'s|is|are|has|have|gets?|comes?|finally)?\s*(?:arrives?|arrived|comes?|came|delivered|gets? here|got here|lands?|shows? up|turns? up|here)\b/i;
/** "Taking forever", "so slow", "still waiting": impatience with a parcel on time. */
const WAITING =
  /\b(?:taking (?:forever|ages|so long|too long)|so slow|still waiting|waiting forever|ages)\b/i;

/** The last sentence of a message: "oh it shipped? ugh. what can I do then" → its question. */
function lastSentence(text: string): string {
  return text.split(/(?<=[.?!])\s+/).map((p) => p.trim()).filter(Boolean).at(-1) ?? text;
}

/** Whether the customer asks for the refund once the order has arrived. */
export function asksRefundLater(text: string): boolean {
  return WHEN_ARRIVED.test(text);
}

/** The order the request is about, with its parcel: from the context, else the focus. */
function orderInQuestion(v: TurnView): { order: OrderView; tracking: TrackingView | null } | null {
  const c = v.context;
  if (!c || c.guest) return null;
  if (c.order_lookup === "found" && c.order) return { order: c.order, tracking: c.tracking };
  const focus = c.orders.find((o) => o.id === v.told?.order_id);
  if (!focus) return null;
  const tracking = c.tracking?.number === focus.tracking_number ? c.tracking : null;
  return { order: focus, tracking };
}

/**
 * The reply to a refund asked for an order on its way (now, or "when it arrives"), or null
 * when the request is about anything else.
 */
export function refundLaterReply(v: TurnView, tone: Tone): Draft | null {
  // "Oh it shipped already? ugh. what can I do then" after a cancellation refused for an
  // order on its way: what can be done — its return once it arrives (the refusal again
  // helped no one).
  const options = v.intent === "cancel_order" && asksOptions(lastSentence(v.text));
  if (!options && !["refund_request", "refund_status", "return_item"].includes(v.intent)) {
    return null;
  }
  const later = asksRefundLater(v.text);
  if (!options && !later && !(v.intent === "refund_request" && WAITING.test(v.text))) {
    return null;
  }
  const found = orderInQuestion(v);
  if (!found) return null;
  const { order, tracking } = found;
  if (order.status !== "shipped" || order.delivered_at || parcelLost(order, tracking)) return null;
  const eta = tracking?.eta ?? order.eta ?? null;
  const late = eta !== null && new Date(eta) < v.now;
  const amount = refundable(order);
  const when = !eta
    ? `Order ${orderLabel(order)} is on its way.`
    : late
    ? `Order ${orderLabel(order)} was expected on ${formatDate(eta, v.now)}, so it is running late.`
    : `Order ${orderLabel(order)} is on its way, and the carrier expects it on ${
      formatDate(eta, v.now)
    }.`;
  const returnLine = `A return can't be started before it arrives, but once it's delivered you ` +
    `can return it within ${RETURN_WINDOW_DAYS} days`;
  // "Ok the return then once it comes" right after we said so: agreed, not all said again.
  if ((v.intent === "return_item" || options) && v.replied?.includes(returnLine)) {
    return draft("refund_after_delivery", tone, [
      eta && !late
        ? `Sure — the carrier expects it on ${formatDate(eta, v.now)}. Once it's there, just ` +
          "tell me here and I'll start the return and email you the prepaid label."
        : "Sure — once it's there, just tell me here and I'll start the return and email you " +
          "the prepaid label.",
      closer(v),
    ]);
  }
  return draft(later ? "refund_after_delivery" : "refund_before_delivery", tone, [
    opener(v, tone),
    when,
    v.intent === "return_item" || options
      ? `${returnLine}: one message here is enough, and we email you a prepaid return label.`
      : (later ? "That works: a" : "A") + " refund can't be set up before it arrives, but once " +
        `it has, one message here is enough. You'll have ${RETURN_WINDOW_DAYS} days from ` +
        "delivery to send it back with the prepaid return label we email you.",
    `Once the parcel is back with us, the ${formatMoney(amount, order.currency)} goes to your ` +
    `original payment method within ${REFUND_PROCESSING_DAYS} business days.`,
    late
      ? "If you'd rather not wait, I can ask the carrier to look into the delay — just say so."
      : "If it hasn't turned up by then, tell me and I'll ask the carrier to look into it.",
    closer(v),
  ]);
}
