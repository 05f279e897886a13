/**
 * "It just doesn't turn on at all", "its broken", "the thing is dead, wont even power up"
 * while a refund, a return or a replacement of that order waits: the shopper tells why they
 * want it, and asks for nothing else. That is neither a yes nor a new request — not the whole
 * order's refund in place of the frother's, not "not sure whether that's a yes or a no" as if
 * they had dodged the question: an answer that says why, read as `unclear` with its reason,
 * so the reply owns the fault and asks the same change again. A yes or a no read already,
 * another order named, or anything asked besides leaves the reading as it was. Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import type { ConfirmationReading } from "./confirmation.ts";
import { FAULT_REMEDIES, onlyTellsFault } from "../../domain/fault_told.ts";
import type { ProductIndex } from "./products.ts";

/** The reason a fault told over a waiting remedy carries (the response reads it). */
export const FAULT_TOLD_REASON = "a fault told of the goods the change is for";

/** The reading of a fault told while its remedy waits, or null when it is not one. */
export function faultOverPending(
  read: ConfirmationReading,
  text: string,
  pending: PendingAction["action"],
  index: ProductIndex | null = null,
): ConfirmationReading | null {
  if (read.label === "affirm" || read.label === "deny") return null;
  if (!FAULT_REMEDIES.has(pending.type) || !onlyTellsFault(text)) return null;
  // "ORD-1001 doesn't work either": another order's fault is a request of its own.
  const others = (text.match(/\b(?:ORD-)?\d{4}\b/gi) ?? [])
    .map((id) => id.toUpperCase().replace(/^(?!ORD-)/, "ORD-"))
    .filter((id) => id !== pending.order_id);
  if (others.length > 0) return null;
  // "Ok, the mixer then, it's broken" while the vacuum's refund waits: other goods' fault.
  const own = skusOf(pending);
  const named = (index?.match(text) ?? []).map((p) => p.sku.toUpperCase());
  if (named.some((sku) => !own.has(sku))) return null;
  return { label: "unclear", reason: FAULT_TOLD_REASON, request: null };
}

/** The skus the waiting change is for: its lines, or a whole order's goods. */
function skusOf(action: PendingAction["action"]): Set<string> {
  const items = Array.isArray(action.params.items) ? action.params.items : [];
  const goods = Array.isArray(action.params.goods) ? action.params.goods : [];
  return new Set(
    [
      ...items.map((i) => (i as { sku?: unknown }).sku),
      ...goods,
    ].filter((s): s is string => typeof s === "string").map((s) => s.toUpperCase()),
  );
}
