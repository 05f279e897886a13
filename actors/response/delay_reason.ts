/**
 * "Why is it delayed?": the carrier's own latest word on the parcel — what its last scan
 * says, where and when — rather than the status told again. Only what the tracking in the
 * context holds; a parcel the carrier reports lost keeps its own reply.
 */
import type { OrderView, TrackingView } from "../../shared/protocol.ts";
import { formatDate } from "../../domain/format.ts";
import { delayCause, etaFact } from "./order_facts.ts";
import type { TurnView } from "./view.ts";

/** A question about the cause of a late parcel, not about where it is. */
const ASKS_WHY =
  /\bwhy\b|\bhow come\b|\bwhat(?:'?s| is| was)? (?:the )?(?:hold ?up|reason|cause)\b|\breason for\b/i;

/** True when the message asks why a parcel is late or held. */
export function asksWhy(text: string): boolean {
  return ASKS_WHY.test(text);
}

/**
 * The reason the carrier gives for the state of `order`'s parcel, as sentences, or null
 * when the message asks no "why" or there is no carrier scan to answer from (the status
 * reply applies then).
 */
export function delayReasonFacts(
  v: TurnView,
  order: OrderView,
  tracking: TrackingView | null,
): string[] | null {
  if (!asksWhy(v.text) || order.status !== "shipped") return null;
  const last = tracking?.last_event;
  if (!tracking || !last || tracking.status === "lost" || tracking.status === "delivered") {
    return null;
  }
  const carrier = tracking.carrier || order.carrier || "The carrier";
  const when = `from ${last.location} on ${formatDate(last.at, v.now)}`;
  const words = last.description?.trim() ? `"${last.description.trim().replace(/\.$/, "")}"` : null;
  const eta = etaFact(v, order, tracking);
  if (tracking.status === "exception") {
    const cause = delayCause(last.description);
    return [
      cause
        ? `${carrier} gives the reason in its latest update on order ${order.id}, ${when}: ${cause}.`
        : `${carrier} reported a delay on order ${order.id} ${when}${
          words ? `, saying ${words}` : ""
        }, without giving a reason.`,
      eta,
    ].filter((s): s is string => s !== null);
  }
  const late = eta !== null && /running late/.test(eta);
  return [
    late
      ? `${carrier} hasn't reported a problem with order ${order.id}; its latest update, ${when}, is ${
        words ?? "a routine scan"
      }.`
      : `As far as ${carrier}'s tracking shows, order ${order.id} is keeping to its schedule: its latest update, ${when}, is ${
        words ?? "a routine scan"
      }.`,
    eta,
  ].filter((s): s is string => s !== null);
}
