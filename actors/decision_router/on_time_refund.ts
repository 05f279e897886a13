/**
 * "Still no refund, this is a joke" about a refund issued days ago and still within its days:
 * the store's record settles it — issued, on its way, due by a day still ahead — so the reply
 * tells that rather than queuing for a person (it had been handed over with the refund's facts
 * in the holding reply). A refund past its day, anger beyond impatience at a critical pitch,
 * or a person asked for (the caller checks) still go the usual way. Pure.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { refundOnTimeOrder } from "../../domain/refund_on_time.ts";

/** Readings of "where is my refund" said crossly. */
const REFUND_ASKED: ReadonlySet<Intent> = new Set<Intent>(["refund_status", "complaint"]);
/** Words of a refund, for a complaint that may be about anything. */
const REFUND_WORDS = /\b(?:refund\w*|money back|my money)\b/i;

/** The reason to answer a cross "where is my refund" about a refund on time, or null. */
export function onTimeRefundAnswer(msg: Message): string | null {
  const { intent, context, sentiment } = msg.payload;
  if (!intent || !context || context.guest) return null;
  if (!REFUND_ASKED.has(intent.intent)) return null;
  if (intent.intent === "complaint" && !REFUND_WORDS.test(msg.payload.customer_message.text)) {
    return null;
  }
  if (sentiment?.urgency === "critical") return null;
  const order = refundOnTimeOrder(
    context.order ?? null,
    context.order_lookup,
    context.orders,
    new Date(msg.created_at),
  );
  if (!order) return null;
  return `a refund on ${order.id} still within its days, asked after crossly: its record, before a person`;
}
