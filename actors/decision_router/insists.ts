/**
 * A shopper who insists after the store's no — "I insist", "this is ridiculous", "seriously??
 * just cancel it", a threat, or any push said in anger — is stuck: the rules will not move and
 * saying them again helps nobody. A person is brought in with the reason, so they see at once
 * what was refused and why. A plea or a reason said calmly is answered instead (what can be
 * done, a person on offer: `actors/response/pushed_back.ts`). While the refusal's own offer
 * waits for a yes ("I can open an investigation instead"), the push is on the change refused
 * the turn before, not on the offer. Pure.
 */
import type { Intent, Message, TrackingView } from "../../shared/protocol.ts";
import { INSISTS_REASON, pushbackOf, refusalOf } from "../../domain/pushback.ts";

/** The change a push presses: the turn's, or the one refused while its offer waits. */
function pressedChange(msg: Message): Intent | null {
  const intent = msg.payload.intent;
  const pending = msg.session.pending_action;
  if (!intent) return null;
  if (!pending) return intent.intent;
  // A yes or a no answers the offer; an offer for another order is another matter.
  const answers = intent.confirmation === "affirm" || intent.confirmation === "deny";
  if (answers || pending.action.order_id !== msg.session.last_order_id) return null;
  return msg.session.last_intent ?? null;
}

/** The handoff's reason when the turn insists on a change the rules refuse, else null. */
export function insistsAfterNo(msg: Message): string | null {
  const { context, sentiment } = msg.payload;
  const text = msg.payload.customer_message.text;
  const pressed = pressedChange(msg);
  if (!pressed || !context || msg.session.open_handoff) return null;
  const push = pushbackOf(text);
  const angry = sentiment?.label === "negative" &&
    (sentiment.urgency === "high" || sentiment.urgency === "critical");
  if (!push || (push !== "insist" && !angry)) return null;
  const order = context.order_lookup === "found" ? context.order : null;
  if (!order || msg.session.last_intent !== pressed) return null;
  if (msg.session.last_order_id !== order.id) return null;
  const tracking: TrackingView | null = context.tracking?.number === order.tracking_number
    ? context.tracking
    : null;
  const refusal = refusalOf(pressed, order, new Date(msg.created_at), tracking);
  return refusal ? `${INSISTS_REASON}: ${pressed} of ${order.id} (${refusal.code})` : null;
}
