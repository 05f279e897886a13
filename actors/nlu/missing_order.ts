/**
 * "It's my order, cancel it" right after we said ORD-3001 is not on their account: "it" is
 * still ORD-3001, not whichever of their own orders the change fits. Without this the reply
 * took the only order that could be cancelled and proposed that — a change of an order the
 * customer never meant. With the id carried on, the store is asked about it again and the
 * reply says again that it is not on their account (nothing of it shown, nothing done). Pure.
 */
import type { Dialogue, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";

/** Words that point back at the order just talked of. */
const BACK = /\b(?:it|that(?: one| order)?|this(?: one| order)?|my order|the order|same order)\b/i;

/** The most words such a follow-up has. */
const MAX_WORDS = 14;

/** The reading with the order the last turn could not find carried on, when "it" means it. */
export function withMissingOrder(
  reading: IntentEnrichment,
  text: string,
  dialogue: Partial<Dialogue> | null | undefined,
  pending: PendingAction | null,
): IntentEnrichment {
  const missing = dialogue?.missing_order ?? null;
  if (!missing || pending) return reading;
  const e = reading.entities;
  const names = e.order_ids.length > 0 || (e.order_refs ?? []).length > 0 ||
    (e.item_refs ?? []).length > 0 || (e.state_refs ?? []).length > 0 || e.products.length > 0;
  if (names || text.trim().split(/\s+/).length > MAX_WORDS || !BACK.test(text)) return reading;
  return { ...reading, entities: { ...e, order_ids: [missing] } };
}
