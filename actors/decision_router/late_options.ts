/**
 * "What can you do about it?" right after a late parcel's news: the carrier's investigation is
 * offered for a yes (`actors/response/late_options.ts`), so the route carries execution —
 * answered as a status question, the offer had no change behind it and the yes did nothing.
 * Pure.
 */
import type { Message } from "../../shared/protocol.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { parcelLate } from "../../domain/late_parcel.ts";

/** Why the turn offers the carrier's investigation of a late parcel, or null. */
export function lateOptionsRemedy(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || intent.intent !== "order_status" || !context || context.guest) return null;
  const order = context.order_lookup === "found" ? context.order : null;
  if (!order || msg.session.dialogue?.focus?.order_id !== order.id) return null;
  if (!asksOptions(msg.payload.customer_message.text)) return null;
  if (!parcelLate(order, context.tracking ?? null, new Date(msg.created_at))) return null;
  return `asks what can be done about ${order.id}, late: the carrier's investigation offered`;
}
