/**
 * "Can you deliver 1003 on Saturday instead", "change the delivery date to the 12th": a
 * delivery day asked for. The store cannot book one — the carrier sets the date — so that is
 * said plainly with the estimate and what can be done (a faster speed, a redelivery), rather
 * than the shipping price list.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { SHIPPING_SPEEDS } from "../../domain/policy.ts";
import { canExpedite } from "../../domain/eligibility.ts";
import { etaFact } from "./order_facts.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import { asksDeliveryDay } from "../../domain/delivery_day.ts";

/** The reply to a delivery day asked for `order`, or null when the message asks none. */
export function deliveryDayReply(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  tracking: TrackingView | null,
): Draft | null {
  if (!asksDeliveryDay(v.text)) return null;
  const eta = etaFact(v, order, tracking);
  const faster = canExpedite(order, v.now, tracking).ok
    ? `If you need it sooner, I can upgrade it to express (${SHIPPING_SPEEDS.express.minDays}–${SHIPPING_SPEEDS.express.maxDays} business days) — just ask.`
    : null;
  const shipped = order.status === "shipped";
  return draft("delivery_day", tone, [
    opener(v, tone),
    `I can't book a particular delivery day for order ${order.id}: the carrier sets the date.`,
    eta,
    faster,
    shipped
      ? "If nobody's in when it comes, the carrier leaves a notice so you can arrange a redelivery."
      : null,
    closer(v),
  ]);
}
