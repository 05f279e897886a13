/**
 * An upset customer who asks for their order to come faster ("ORD-1001 is taking forever,
 * can you speed it up?") is offered the express upgrade the store can do, as one who asks
 * for a refund or a replacement is offered it (`own_remedy.ts`), instead of a queue with
 * nothing done. A person is still there on request, or at critical urgency.
 */
import type { Message } from "../../shared/protocol.ts";
import { canExpedite } from "../../domain/eligibility.ts";
import { wantsFaster } from "../../domain/expedite.ts";

/**
 * The reason to offer speeding the order up rather than a person, or null when the turn
 * asks no such thing about an order of theirs the store can still speed up.
 */
export function expediteRemedy(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  const order = context.order;
  if (!order) return null;
  const asked = intent.intent === "shipping_options" ||
    (intent.requests ?? []).some((r) => r.intent === "shipping_options");
  if (!asked || !wantsFaster(msg.payload.customer_message.text)) return null;
  const now = new Date(msg.created_at);
  if (!canExpedite(order, now, context.tracking ?? null).ok) return null;
  return `asks to speed ${order.id} up, which the store can do: offered before a person`;
}
