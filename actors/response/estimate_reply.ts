/**
 * "Is that guaranteed?", "what if it doesn't come by then?" right after a parcel's delivery
 * estimate: what the estimate is worth (the carrier's, not a promise) and what the store
 * does if the parcel misses it (an investigation with the carrier, then a replacement or a
 * full refund) — not the warranty, not the whole return policy.
 */
import { asksIfMissed, doubtsEstimate } from "../../domain/estimate_doubt.ts";
import { formatDate } from "../../domain/format.ts";
import { INVESTIGATION_DAYS, LOST_PARCEL_DAYS } from "../../domain/policy.ts";
import { closer } from "./tone.ts";
import { type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** The answer to a doubt about the delivery estimate of the order talked of, or null. */
export function estimateReply(v: TurnView, tone: Tone): Draft | null {
  if (v.intent !== "order_status" || v.pending || !doubtsEstimate(v.text)) return null;
  const ref = resolveOrder(v);
  if (ref.kind !== "found") return null;
  const { order, tracking } = ref;
  const eta = tracking?.eta ?? order.eta ?? null;
  // Delivered, cancelled, lost or with no date: the order's status says what there is.
  if (!eta || tracking?.status === "lost" || !["processing", "shipped"].includes(order.status)) {
    return null;
  }
  const date = formatDate(eta, v.now);
  const late = new Date(eta) < v.now;
  const whose = order.status === "shipped" ? "the carrier's estimate" : "our estimate";
  const worth = late
    ? `Order ${order.id} was expected on ${date}, so it is already running late, and I can't ` +
      "promise a new date."
    : `${date} is ${whose} for order ${order.id}, not a guarantee: it can move if the parcel is ` +
      "held up on the way" + (tracking?.status === "exception" ? ", as it already was once." : ".");
  const ifMissed =
    `If it hasn't arrived by then, tell me here: once a parcel is late or has had no carrier ` +
    `scan for ${LOST_PARCEL_DAYS} days, we open an investigation with the carrier, who answers ` +
    `within ${INVESTIGATION_DAYS} days, and if it is lost we send a replacement or refund it in ` +
    "full, free of charge.";
  const follow = order.tracking_number
    ? `You can follow it with tracking number ${order.tracking_number}.`
    : null;
  // "What if it doesn't come by then?" asks what happens, not what the date is worth.
  const missed = asksIfMissed(v.text) && !late;
  return draft("estimate_doubt", tone, [
    missed ? null : worth,
    missed
      ? ifMissed.replace(/^If it hasn't arrived by then/, `If it hasn't arrived by ${date}`)
      : ifMissed,
    follow,
    closer(v),
  ]);
}
