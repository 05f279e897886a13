/**
 * "I never received my parcel and the other one arrived broken": trouble with each of the
 * customer's two orders, told together. Each order's remedy is offered (the reply drafts
 * both, `actors/response/each_order.ts`) rather than a person who would start from one of
 * them — the one the context happened to pick. Pure.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { tellsOneAndOther } from "../../domain/one_and_other.ts";

/** Readings of a message telling of trouble with a delivery. */
const TROUBLE: ReadonlySet<Intent> = new Set<Intent>(["delivery_problem", "complaint"]);

/** Why the turn acts on two orders' troubles, or null. */
export function twoTroublesRemedy(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || !TROUBLE.has(intent.intent)) return null;
  if (context.orders.length !== 2) return null;
  if (!tellsOneAndOther(msg.payload.customer_message.text)) return null;
  return "trouble with each of two orders told together: each order's remedy offered before a person";
}
