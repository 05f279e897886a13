/**
 * "It's not there yet" right after we refunded an order in this conversation: when it was
 * issued and what the wait still is, rather than the same two sentences again. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import { daysSince } from "../../domain/format.ts";
import type { TurnView } from "./view.ts";

/** The sentence on the wait for a refund made in this conversation, or null. */
export function refundWaitNote(v: TurnView, order: OrderView): string | null {
  const done = v.done;
  if (!done || done.order_id !== order.id) return null;
  if (done.type !== "refund" && done.type !== "cancel_order") return null;
  const days = Math.max(0, daysSince(done.at, v.now));
  const when = days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
  return `It was issued ${when}, so it can still take up to ${REFUND_PROCESSING_DAYS} ` +
    "business days to show on your original payment method — banks often post it on the " +
    "last of them. If it isn't there after that, tell me and a colleague will trace it with " +
    "the payment provider.";
}
