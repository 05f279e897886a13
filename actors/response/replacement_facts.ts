/**
 * What a status reply says of an order we already sent a replacement for: the replacement
 * and when it should arrive, instead of offering a refund or a replacement again for the
 * parcel that was lost ("did it work?", "when will the new one arrive?"). Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { REPLACEMENT_DISPATCH_DAYS } from "../../domain/policy.ts";
import { formatDate } from "../../domain/format.ts";

/** The sentences about the replacement sent for `order`, or none when there is none. */
export function replacementFacts(order: OrderView, now: Date): string[] {
  if (!order.replacement_id) return [];
  const by = order.replacement_eta
    ? ` and should be with you by ${formatDate(order.replacement_eta, now)}`
    : "";
  const days = REPLACEMENT_DISPATCH_DAYS === 1
    ? "1 business day"
    : `${REPLACEMENT_DISPATCH_DAYS} business days`;
  return [
    `We've arranged a replacement for order ${order.id}: it leaves our warehouse within ${days}${by}. ` +
    "We'll email you its tracking number as soon as it ships.",
  ];
}
