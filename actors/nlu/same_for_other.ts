/**
 * "Same for 2001", "do the same for the other one", "and the other order too" while a change
 * waits: the same change for another order, read as a request of the change's own kind
 * (`new_request`), so that the reply proposes it for both orders under one yes — never a
 * yes to the first on its own, nor "not sure whether that's a yes or a no". Pure.
 */
import type { ActionType, Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { asksSameForAnother } from "../../domain/same_for.ts";

/** The request each waiting change is asked by (its kind, asked again). */
export const REQUEST_OF: Partial<Record<ActionType, Intent>> = {
  cancel_order: "cancel_order",
  refund: "refund_request",
  return_item: "return_item",
  replacement: "delivery_problem",
  expedite_order: "shipping_options",
  expedite_delivery: "shipping_options",
};

/** How sure the reading is: the conversation says what "the same" is. */
const CONFIDENCE = 0.9;

/** The reading of "same for the other one" while a change waits, or null when it is not that. */
export function sameForOther(
  reading: IntentEnrichment,
  text: string,
  pending: PendingAction | null,
): IntentEnrichment | null {
  if (!pending || reading.confirmation === "affirm" || reading.confirmation === "deny") return null;
  const intent = REQUEST_OF[pending.action.type];
  if (!intent) return null;
  const first = pending.action.order_id;
  // "Same for 3002": a bare number is a reference the context checks, not yet an order id.
  const named = [
    ...reading.entities.order_ids,
    ...(reading.entities.order_refs ?? []).map((r) => r.id),
  ];
  const others = named.filter((id, i) => id !== first && named.indexOf(id) === i);
  if (!asksSameForAnother(text, others.length > 0)) return null;
  const alternatives = [
    { intent: reading.intent, confidence: reading.confidence },
    ...reading.alternatives,
  ]
    .filter((a) => a.intent !== intent).slice(0, 3);
  return {
    ...reading,
    intent,
    confidence: CONFIDENCE,
    alternatives,
    source: "conversation",
    confirmation: "new_request",
    entities: {
      ...reading.entities,
      order_ids: reading.entities.order_ids.filter((id) => id !== first),
    },
  };
}
