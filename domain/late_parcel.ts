/**
 * A parcel late on its way: the carrier reported an exception, or its estimate has passed.
 * Read by the decision router and the response when the shopper asks what can be done
 * about it (the carrier's investigation). Pure.
 */
import type { OrderView, TrackingView } from "../shared/protocol.ts";

/** Whether `order` is shipped, tracked, and late: an exception, or past its estimate. */
export function parcelLate(order: OrderView, tracking: TrackingView | null, now: Date): boolean {
  if (order.status !== "shipped" || !order.tracking_number) return false;
  const eta = tracking?.eta ?? order.eta;
  return tracking?.status === "exception" || (!!eta && new Date(eta) < now);
}
