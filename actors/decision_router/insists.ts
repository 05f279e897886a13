/**
 * A shopper who insists after the store's no — "I insist", "this is ridiculous", "seriously??
 * just cancel it", or any push said in anger — is stuck: the rules will not move and saying
 * them again helps nobody. A person is brought in with the reason, so they see at once what
 * was refused and why. A plea or a reason said calmly is answered instead (what can be done,
 * a person on offer: `actors/response/pushed_back.ts`). Pure.
 */
import type { Message, TrackingView } from "../../shared/protocol.ts";
import { INSISTS_REASON, pushbackOf, refusalOf } from "../../domain/pushback.ts";

/** The handoff's reason when the turn insists on a change the rules refuse, else null. */
export function insistsAfterNo(msg: Message): string | null {
  const { intent, context, sentiment } = msg.payload;
  const text = msg.payload.customer_message.text;
  if (!intent || !context || msg.session.pending_action || msg.session.open_handoff) return null;
  const push = pushbackOf(text);
  const angry = sentiment?.label === "negative" &&
    (sentiment.urgency === "high" || sentiment.urgency === "critical");
  if (!push || (push !== "insist" && !angry)) return null;
  const order = context.order_lookup === "found" ? context.order : null;
  if (!order || msg.session.last_intent !== intent.intent) return null;
  if (msg.session.last_order_id !== order.id) return null;
  const tracking: TrackingView | null = context.tracking?.number === order.tracking_number
    ? context.tracking
    : null;
  const refusal = refusalOf(intent.intent, order, new Date(msg.created_at), tracking);
  return refusal ? `${INSISTS_REASON}: ${intent.intent} of ${order.id} (${refusal.code})` : null;
}
