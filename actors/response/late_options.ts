/**
 * "What can you do about it?", "so what now?" right after a late parcel's news: what can be
 * done — the carrier chased with an investigation, proposed for a yes — not the same news
 * told again. Pure.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { parcelLate } from "../../domain/late_parcel.ts";
import { confirmPrompt } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** The investigation offered when they ask what can be done about a late parcel just told. */
export function lateOptions(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  tracking: TrackingView | null,
): Draft | null {
  if (
    !asksOptions(v.text) || v.told?.order_id !== order.id || !parcelLate(order, tracking, v.now)
  ) {
    return null;
  }
  const carrier = tracking?.carrier ?? order.carrier ?? "the carrier";
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
