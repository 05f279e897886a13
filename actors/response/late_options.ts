/**
 * "What can you do about it?", "so what now?" right after a parcel's news: what can be done —
 * for a late one the carrier chased with an investigation, proposed for a yes; for one on time,
 * nothing yet and what we do if it is late — not the same news told again. Pure.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { parcelLate } from "../../domain/late_parcel.ts";
import { confirmPrompt } from "./tone.ts";
import { formatDate } from "../../domain/format.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** What can be done about a parcel on its way just told of, when they ask; else null. */
export function lateOptions(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  tracking: TrackingView | null,
): Draft | null {
  if (!asksOptions(v.text) || v.told?.order_id !== order.id) return null;
  if (order.status !== "shipped" || !order.tracking_number) return null;
  const carrier = tracking?.carrier ?? order.carrier ?? "the carrier";
  if (!parcelLate(order, tracking, v.now)) return onTimeOptions(v, tone, order, tracking, carrier);
  return draft("delivery_late_options", tone, [
    `Here's what I can do: open an investigation with ${carrier}, so they chase the parcel and ` +
    "tell us what is holding it up. If you'd rather talk it through with a person, ask for a " +
    "colleague at any time.",
    confirmPrompt(v),
  ], [
    propose("carrier_investigation", order.id, {
      tracking_number: order.tracking_number,
      reason: "Parcel delayed",
    }),
  ]);
}

/** On its way and on time: nothing to do yet, and what we do if it is late. */
export function onTimeOptions(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  tracking: TrackingView | null,
  carrier: string,
): Draft {
  const by = tracking?.eta ?? order.eta;
  return draft("delivery_on_time", tone, [
    `There's nothing you need to do yet: ${carrier} still expects it${
      by ? ` by ${formatDate(by, v.now)}` : " within its estimate"
    }.`,
    `If it hasn't arrived by then, tell me and I'll open an investigation with ${carrier} ` +
    "straight away. You can also ask for a colleague at any time.",
  ], [propose("tracking_info", order.id)]);
}
