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

/** The words of each kind of change: "can I return those too?" names its own. */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  cancel_order: /\bcancel/i,
  refund_request: /\b(?:refund|money back)/i,
  return_item: /\b(?:return|send (?:(?:it|them|those|these)\s+)?back)\b/i,
  delivery_problem: /\b(?:replace|replacement|new one)/i,
  shipping_options: /\b(?:expedite|express|faster|speed)/i,
};

/**
 * Whether `text` names a kind of change of its own, other than `intent`'s ("can I return
 * those too?" after a refund): that change is asked, not the one carried out.
 */
export function namesOtherKind(text: string, intent: string): boolean {
  if (KIND_WORDS[intent]?.test(text)) return false;
  return Object.entries(KIND_WORDS).some(([k, re]) => k !== intent && re.test(text));
}

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
  // "Can I return those too?" while a refund waits: a return asked, not the same refund.
  if (namesOtherKind(text, intent)) return null;
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
