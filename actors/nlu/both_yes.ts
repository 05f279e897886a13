/**
 * "Yes to both", "proceed with both" while the first of two changes asked in one message waits
 * and the second is put off behind it; "just the first one", "do the refund but not the
 * replacement": each is a clear yes to the change waiting (the first is carried out; the one
 * put off is then raised, or let go, by `domain/deferred.ts`). The classifier read "yes to
 * both" as a refund of both orders, and "just the first one" as unclear. Pure.
 */
import type { Dialogue, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { keepsOnlyProposed, yesToBoth } from "../../domain/yes_to_both.ts";
import { pickedByOrder } from "../../domain/picked_by_order.ts";

/** The reading of a yes to the change waiting that speaks of the one put off too, or null. */
export function yesOverDeferred(
  reading: IntentEnrichment,
  text: string,
  dialogue: Partial<Dialogue> | null | undefined,
  pending: PendingAction | null,
): IntentEnrichment | null {
  if (!pending || reading.confirmation === "deny" || reading.confirmation === "affirm") {
    return null;
  }
  const putOff = (dialogue?.deferred ?? []).filter((d) => !d.raised);
  if (putOff.length === 0) return null;
  // "Yes for 1002 not 1003": the waiting change picked by its order's number.
  const byOrder = pickedByOrder(text, pending.action.order_id, putOff) === "waiting";
  if (!yesToBoth(text) && !keepsOnlyProposed(text, pending.action.type, putOff) && !byOrder) {
    return null;
  }
  const order = pending.action.order_id;
  const { withdraws_pending: _withdraws, after_yes: _after, ...rest } = reading;
  return {
    ...rest,
    intent: "affirm",
    confidence: 0.95,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }]
      .filter((a) => a.intent !== "affirm").slice(0, 3),
    entities: { ...reading.entities, order_ids: order ? [order] : [] },
    source: "conversation",
    confirmation: "affirm",
  };
}
