/**
 * "@store my headphones ORD-1001 still not here 😤 #fail" about a parcel on its way and on
 * time: impatience, not a complaint a person could settle — it had been queued for a person
 * as an urgent complaint. Answered with where the parcel is and when the carrier expects it
 * (a person is one message away). Anger beyond impatience, a late, stuck or lost parcel, or
 * a person asked for still go the usual way. Pure.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { parcelLost } from "../../domain/eligibility.ts";

/** Readings of "it's still not here" about an order. */
const WHERE_IS_IT: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "delivery_problem",
  "complaint",
]);

/** Impatience without anger: at most this negative. */
const MILD_SCORE = -0.5;
/** Signals of impatience and of how it is written, nothing more. */
const ONLY_IMPATIENT: ReadonlySet<string> = new Set([
  "waiting",
  "negation",
  "intensifier",
  "problem",
  "emoji",
  "angry_emoji",
  "exclamation",
  "caps",
]);

/** The reason to answer an impatient "where is it" about an order on time, or null. */
export function onTimeStatusAnswer(msg: Message): string | null {
  const { intent, context, sentiment } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  const order = context.order;
  if (!order || !WHERE_IS_IT.has(intent.intent) || !sentiment) return null;
  if (sentiment.score < MILD_SCORE || sentiment.urgency === "critical") return null;
  if (!sentiment.signals.every((s) => ONLY_IMPATIENT.has(s))) return null;
  if (order.status !== "shipped" || order.delivered_at) return null;
  const tracking = context.tracking ?? null;
  if (!tracking || parcelLost(order, tracking) || tracking.status === "exception") return null;
  if ((tracking.days_since_last_scan ?? 0) >= STUCK_DAYS) return null;
  const eta = tracking.eta ?? order.eta ?? null;
  if (!eta || Date.parse(eta) < Date.parse(msg.created_at)) return null;
  return `impatient about ${order.id}, on its way and on time: where it is, before a person`;
}

/** Days without a scan after which a parcel is no longer simply on its way. */
const STUCK_DAYS = 3;
