/**
 * "Can you switch it to express delivery? and do you ship to the UK btw" about an order in
 * focus: the speed-up of that order is proposed, with the answer about the place before it.
 * Both ask shipping, so the message reads as one request; the place alone was answered and
 * the upgrade dropped (a yes then did nothing).
 */
import { destinationAnswer, destinationAsked } from "../../domain/destinations.ts";
import { asksRateOfSpeed, methodAsked } from "../../domain/expedite.ts";
import { canExpedite } from "../../domain/eligibility.ts";
import { expediteOffer } from "./expedite_offer.ts";
import { opener } from "./tone.ts";
import { type Draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/**
 * A change of their order's speed asked outright: "switch it to express", "upgrade my order
 * to overnight", "can you expedite it", "rush ORD-1003" — not "do you ship express to Canada".
 */
const ORDER_FASTER =
  /\b(?:(?:switch|change|upgrade|move|put|bump)\s+(?:it|this|that|them|(?:my|the|this) (?:order|delivery|shipping|parcel|package)|(?:ORD-?)?\d{4,})\s+(?:up\s+)?(?:to|onto|on)\s+(?:express|overnight|next[- ]day)|(?:expedite|rush|speed up)\s+(?:it|this|that|them|(?:my|the|this) (?:order|delivery|parcel|package)|(?:ORD-?)?\d{4,})|(?:speed|hurry)\s+(?:it|this|that|them)\s+up)\b/i;

/** The speed-up of the order meant, offered after the answer about the place; else null. */
export function speedBesidePlace(v: TurnView, tone: Tone): Draft | null {
  const place = destinationAsked(v.text);
  if (!place || !ORDER_FASTER.test(v.text) || asksRateOfSpeed(v.text)) return null;
  const ref = resolveOrder(v, (o) => ["pending", "processing", "shipped"].includes(o.status));
  if (ref.kind !== "found" || !canExpedite(ref.order, v.now, ref.tracking).ok) return null;
  return expediteOffer(v, tone, ref.order, {
    method: methodAsked(v.text) ?? "express",
    lead: [opener(v, tone), ...destinationAnswer(place)],
  });
}
