/**
 * The parcel of an order a reply narrows to: the context's tracking when it is that order's,
 * else the tracking looked up for the other orders a message is about
 * (`ContextEnrichment.other_tracking`), else none. Pure.
 */
import type { ContextEnrichment, OrderView, TrackingView } from "../../shared/protocol.ts";

/** The tracking of `order` the context holds, or null. */
export function parcelOf(c: ContextEnrichment, order: OrderView): TrackingView | null {
  const number = order.tracking_number;
  if (!number) return null;
  if (c.tracking?.number === number) return c.tracking;
  return c.other_tracking?.find((t) => t.number === number) ?? null;
}
