/**
 * When the store's own remedy comes before a person: an upset customer — a VIP, or one with
 * an urgent complaint — whose parcel the carrier has marked lost is told so and offered the
 * refund or the replacement the store gives for a lost parcel, instead of being handed over
 * with nothing settled. A person is still there on request (or at critical urgency, decided
 * before this is asked).
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { parcelLost } from "../../domain/eligibility.ts";

/** Readings of a message about a lost parcel that the refund-or-replacement offer answers. */
const ABOUT_THE_PARCEL: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "order_status",
  "complaint",
  "refund_request",
  "return_item",
]);

/**
 * The reason to offer the store's remedy for a lost parcel rather than a person, or null
 * when the turn is not about one of their orders lost in transit.
 */
export function lostParcelRemedy(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  if (!context.order || !ABOUT_THE_PARCEL.has(intent.intent)) return null;
  if (!parcelLost(context.order, context.tracking)) return null;
  return `the carrier lost ${context.order.id}: a refund or a replacement is offered before a person`;
}
