/**
 * A push after the store's no read as the request it presses again: "but please", "I insist",
 * "I've been a customer for years", "fine, then what CAN you do?" right after a change was
 * turned down (nothing proposed in its place) is that change again, about the same order.
 * Read alone they were a complaint, off-topic, or a question about the assistant, and the
 * refusal was lost from the conversation (`domain/pushback.ts`). Whether the change is still
 * refused is the response's to check, with the order in hand. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { pushbackOf } from "../../domain/pushback.ts";
import { asksForPerson } from "../../domain/intents.ts";

/** The changes the store turns down by its rules, which a shopper may press again. */
export const REFUSABLE: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "change_address",
  "modify_order",
  "refund_request",
  "return_item",
]);

/** "Change it" presses an address change as much as a change of items: one verb for both. */
const CHANGES: ReadonlySet<Intent> = new Set<Intent>(["change_address", "modify_order"]);

function sameChange(a: Intent, b: Intent): boolean {
  return a === b || (CHANGES.has(a) && CHANGES.has(b));
}

/** The confidence of a push read as the change it presses. */
const PUSH_CONFIDENCE = 0.85;

/** What of the session the reading needs. */
export interface PushSession {
  pending_action: unknown;
  last_intent?: Intent | null;
  last_order_id?: string | null;
}

/** The push read as the change pressed again, or the reading as it was. */
export function pushbackReading(
  r: IntentEnrichment,
  text: string,
  session: PushSession,
): IntentEnrichment {
  const last = session.last_intent ?? null;
  const order = session.last_order_id ?? null;
  if (session.pending_action || !last || !REFUSABLE.has(last) || !order) return r;
  if (!pushbackOf(text) || asksForPerson(text)) return r;
  // Another order named, or another change asked in so many words: not this push.
  if (r.entities.order_ids.some((id) => id !== order)) return r;
  if (REFUSABLE.has(r.intent) && !sameChange(r.intent, last) && r.confidence >= 0.6) return r;
  const alternatives = [{ intent: r.intent, confidence: r.confidence }, ...r.alternatives]
    .filter((a) => a.intent !== last).slice(0, 3);
  return {
    ...r,
    intent: last,
    confidence: PUSH_CONFIDENCE,
    alternatives,
    source: "conversation",
    entities: { ...r.entities, order_ids: [order] },
    requests: [{ intent: last, confidence: PUSH_CONFIDENCE, text, start: 0, end: text.length }],
  };
}
