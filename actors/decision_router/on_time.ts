/**
 * An order asked about impatiently that is on its way and on time: shipped, not delivered,
 * its parcel neither lost nor held up, its estimate still ahead. Nothing has gone wrong
 * that a person could settle, so the decision answers rather than queuing for a person —
 * when the customer's mood is impatience and nothing more. The rules that use it say which
 * requests and which signals of mood qualify. Pure.
 */
import type { Intent, Message, OrderView } from "../../shared/protocol.ts";
import { parcelLost } from "../../domain/eligibility.ts";

/** Impatience without anger: at most this negative. */
export const MILD_SCORE = -0.5;
/** Days without a scan after which a parcel is no longer simply on its way. */
const STUCK_DAYS = 3;

/** What a rule asks of an impatient turn about an order on time. */
export interface OnTimeRule {
  /** The requests it answers. */
  intents: ReadonlySet<Intent>;
  /** The sentiment's signals that say impatience and nothing more. */
  signals: ReadonlySet<string>;
  /** Whether the customer must say they are waiting. */
  waiting: boolean;
  /** Whether the parcel must be tracked and scanned lately (and a critical urgency excluded). */
  tracked: boolean;
}

/** The order of an impatient turn about an order on its way and on time, or null. */
export function onTimeOrder(msg: Message, rule: OnTimeRule): OrderView | null {
  const { intent, context, sentiment } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  const order = context.order;
  if (!order || !rule.intents.has(intent.intent) || !sentiment) return null;
  if (sentiment.score < MILD_SCORE) return null;
  if (rule.tracked && sentiment.urgency === "critical") return null;
  if (rule.waiting && !sentiment.signals.includes("waiting")) return null;
  if (!sentiment.signals.every((s) => rule.signals.has(s))) return null;
  if (order.status !== "shipped" || order.delivered_at) return null;
  const tracking = context.tracking ?? null;
  if (rule.tracked && !tracking) return null;
  if (parcelLost(order, tracking) || tracking?.status === "exception") return null;
  if (rule.tracked && (tracking?.days_since_last_scan ?? 0) >= STUCK_DAYS) return null;
  const eta = tracking?.eta ?? order.eta ?? null;
  if (!eta || Date.parse(eta) < Date.parse(msg.created_at)) return null;
  return order;
}
