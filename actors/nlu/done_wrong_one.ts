/**
 * "Oops wrong one, I meant the keyboard" right after a change was carried out: the same
 * change asked for the order the customer meant (the response tells whether it can still be
 * made, and proposes it for its own yes), not a question about that order's parcel. Pure.
 */
import type { DoneChange, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** "Wrong one", "wrong order", "I meant the …", "not that one, the …". */
const WRONG_ONE =
  /\bwrong (?:one|order)\b|\bi meant (?:the|my|order|ord-?\d|\d)|\bmeant to say\b|\bnot (?:that|this) one\b/i;

/** The request that asks for each change again. */
const ASKS_FOR: Partial<Record<DoneChange["type"], Intent>> = {
  cancel_order: "cancel_order",
  return_item: "return_item",
  refund: "refund_request",
  change_address: "change_address",
  expedite_delivery: "shipping_options",
};

/** The most words such a correction has. */
const MAX_WORDS = 14;

/** The done change asked again for the order meant, or null when the message is no such thing. */
export function doneWrongOneReading(
  reading: IntentEnrichment,
  text: string,
  done: DoneChange | null | undefined,
  pending: boolean,
): IntentEnrichment | null {
  if (pending || !done?.order_id) return null;
  const intent = ASKS_FOR[done.type];
  if (!intent || intent === "shipping_options") return null;
  const t = text.trim();
  if (t.split(/\s+/).length > MAX_WORDS || !WRONG_ONE.test(t)) return null;
  const e = reading.entities;
  const otherId = e.order_ids.some((id) => id !== done.order_id);
  const goods = (e.item_refs ?? []).length > 0 || e.products.length > 0;
  if (!otherId && !goods) return null;
  const read = relabelled(reading, intent, 0.85);
  // The order just changed is not the one meant.
  const ids = read.entities.order_ids.filter((id) => id !== done.order_id);
  return { ...read, source: "conversation", entities: { ...read.entities, order_ids: ids } };
}
