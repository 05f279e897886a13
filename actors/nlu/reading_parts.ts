/**
 * Small pieces of the intent actor's reading: the order-number slots' references, what a
 * part of a message is about, the order a follow-up falls back on, and the change asked for
 * after a yes. Pure.
 */
import type { DeferredRequest, Entities, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { ORDER_FOLLOW_UP_INTENTS } from "../../domain/intents.ts";
import { type Slot, slotOrderRefs } from "./slots.ts";

/** The entities with the order references of the message's order-number slots added. */
export function withSlotRefs(entities: Entities, slots: readonly Slot[]): Entities {
  const refs = slotOrderRefs(slots);
  if (refs.length === 0) return entities;
  return { ...entities, order_refs: [...(entities.order_refs ?? []), ...refs] };
}

/** The orders and goods the message names, each with its words and the key it goes by. */
function namedRefs(
  entities: Entities,
  itemKey: (ref: NonNullable<Entities["item_refs"]>[number]) => string,
): { words: string; key: string }[] {
  return [
    ...(entities.order_refs ?? []).map((r) => ({ words: r.text.toLowerCase(), key: r.id })),
    ...(entities.item_refs ?? []).map((r) => ({ words: r.text.toLowerCase(), key: itemKey(r) })),
  ];
}

/** What a part of the message is about: the order or the product it names, if any. */
export function targetFinder(entities: Entities): (part: string) => string | null {
  const named = namedRefs(entities, (r) => r.sku ?? r.name.toLowerCase());
  return (part) => {
    const lower = part.toLowerCase();
    return named.find((n) => lower.includes(n.words))?.key ?? null;
  };
}

/** What a part of the message names: every order and product of its own words. */
export function targetsIn(entities: Entities): (part: string) => string[] {
  // Goods by the last word of their name: "my robot vacuum" and "the vacuum" are one.
  const named = namedRefs(entities, (r) => r.name.toLowerCase().split(/\s+/).at(-1) ?? r.name);
  return (part) => {
    const lower = part.toLowerCase();
    return named.filter((n) => lower.includes(n.words)).map((n) => n.key);
  };
}

/** The reading with the turn before's order, for a follow-up that names none. */
export function withDefaultOrder(
  result: IntentEnrichment,
  lastOrderId: string | null,
): IntentEnrichment {
  if (
    !lastOrderId || result.entities.order_ids.length > 0 ||
    !ORDER_FOLLOW_UP_INTENTS.has(result.intent)
  ) {
    return result;
  }
  // A number alone may name another of their orders: the context actor checks it first.
  if (result.entities.order_refs?.some((r) => r.form === "bare")) return result;
  return { ...result, entities: { ...result.entities, order_ids: [lastOrderId] } };
}

/** The change asked for after a yes, as a put-off request about the order its words name. */
export function afterYes(intent: Intent, text: string): DeferredRequest {
  const n = /(?:\bord-?\s?|#|\b)(\d{4,})\b/i.exec(text);
  return { intent, order_id: n ? `ORD-${n[1]}` : null, text, raised: false };
}
