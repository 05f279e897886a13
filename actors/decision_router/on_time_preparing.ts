/**
 * "I ordered the shoes yesterday and it still hasn't shipped??" about an order placed a day or
 * two ago, still being prepared and with its estimate ahead: impatience, not a fault a person
 * could settle — it had been queued for a person as an urgent complaint. Answered with where
 * the order stands and when we expect it (a person is one message away). Anger beyond
 * impatience, an order prepared for days, or an estimate passed still go the usual way. Pure.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { MILD_SCORE } from "./on_time.ts";
import { asksNotShipped, preparingOnSchedule } from "../../domain/preparing_on_time.ts";

/** Readings of "it still hasn't shipped" about an order. */
const WHERE_IS_IT: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "delivery_problem",
  "complaint",
]);

/** Signals of impatience and of how it is written, nothing more. */
const ONLY_IMPATIENT: ReadonlySet<string> = new Set([
  "waiting",
  "negation",
  "intensifier",
  "problem",
  "emoji",
  "angry_emoji",
  "exclamation",
  "question",
  "caps",
]);

/** The reason to answer an impatient "it hasn't shipped" about an order on schedule, or null. */
export function onTimePreparingAnswer(msg: Message): string | null {
  const { intent, context, sentiment } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  const order = context.order;
  if (!order || order.status !== "processing" || !WHERE_IS_IT.has(intent.intent)) return null;
  if ((intent.requests ?? []).some((r) => !WHERE_IS_IT.has(r.intent))) return null;
  // Asked after its progress only: "I ordered the wrong size" is a change to offer, not news.
  const text = msg.payload.customer_message.text;
  if (intent.intent !== "order_status" && !asksNotShipped(text)) return null;
  if (!sentiment || sentiment.score < MILD_SCORE || sentiment.urgency === "critical") return null;
  if (!(sentiment.signals ?? []).every((s) => ONLY_IMPATIENT.has(s))) return null;
  if (!preparingOnSchedule(order, new Date(msg.created_at))) return null;
  return `impatient about ${order.id}, placed lately and being prepared on schedule: where it stands, before a person`;
}
