/**
 * "@store my headphones ORD-1001 still not here 😤 #fail" about a parcel on its way and on
 * time: impatience, not a complaint a person could settle — it had been queued for a person
 * as an urgent complaint. Answered with where the parcel is and when the carrier expects it
 * (a person is one message away). Anger beyond impatience, a late, stuck or lost parcel, or
 * a person asked for still go the usual way. Pure.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { onTimeOrder } from "./on_time.ts";

/** Readings of "it's still not here" about an order. */
const WHERE_IS_IT: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "delivery_problem",
  "complaint",
]);

/** Requests that change an order. */
const CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
]);

/** Signals of impatience and of how it is written, nothing more. */
const ONLY_IMPATIENT: ReadonlySet<string> = new Set([
  "waiting",
  "negation",
  "intensifier",
  "problem",
  "emoji",
  "angry_emoji",
  "exclamation",
  "caps",
]);

/** The reason to answer an impatient "where is it" about an order on time, or null. */
export function onTimeStatusAnswer(msg: Message): string | null {
  // "…when will it arrive? Also, I'd like to add a water bottle to my shoes order": the change
  // asked beside it is proposed, which only acting can do.
  const asked = msg.payload.intent?.requests ?? [];
  if (asked.length > 1 && asked.some((r) => CHANGES.has(r.intent))) return null;
  const order = onTimeOrder(msg, {
    intents: WHERE_IS_IT,
    signals: ONLY_IMPATIENT,
    waiting: false,
    tracked: true,
  });
  return order
    ? `impatient about ${order.id}, on its way and on time: where it is, before a person`
    : null;
}
