/**
 * An impatient customer asking about a refund of an order that is on its way and on time
 * ("can i get a refund on ORD-1001 its taking forever") is answered — when the carrier
 * expects it and how the refund works once it arrives — rather than queued for a person as
 * an urgent complaint: nothing has gone wrong that a person could settle, and the question
 * asked would go unanswered. Anger beyond impatience, a late or lost parcel, or a person
 * asked for still go the usual way.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { onTimeOrder } from "./on_time.ts";

/** Requests about getting money back that the reply can answer for a parcel on its way. */
const REFUND_WORDS: ReadonlySet<Intent> = new Set<Intent>([
  "refund_request",
  "refund_status",
  "return_item",
]);

/** Signals that say more than impatience (threats of a chargeback, legal words…). */
const ONLY_IMPATIENT: ReadonlySet<string> = new Set([
  "waiting",
  "negation",
  "intensifier",
  "problem",
]);

/**
 * The reason to answer a refund asked impatiently about an order on time, or null when the
 * turn is not one.
 */
export function onTimeWaitRemedy(msg: Message): string | null {
  const order = onTimeOrder(msg, {
    intents: REFUND_WORDS,
    signals: ONLY_IMPATIENT,
    waiting: true,
    tracked: false,
  });
  return order
    ? `asks impatiently about a refund of ${order.id}, on its way and on time: answered before a person`
    : null;
}
