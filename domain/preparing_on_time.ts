/**
 * An order placed a day or two ago, still being prepared, its estimate ahead: on schedule.
 * "I ordered the shoes yesterday and it still hasn't shipped??" about it is impatience, not a
 * fault of ours — it had been queued for a person with "it shouldn't have happened". The
 * decision answers it, the reply says it is on schedule. Pure.
 */
import type { OrderView } from "../shared/protocol.ts";
import { daysSince, formatDate } from "./format.ts";

/** Days of preparing after which an order not shipped is no longer simply on schedule. */
export const PREPARING_DAYS = 3;

const DAY_MS = 86_400_000;

/** Whether the order is being prepared on schedule at `now`. */
export function preparingOnSchedule(order: OrderView, now: Date): boolean {
  if (order.status !== "processing") return false;
  const placed = Date.parse(order.placed_at);
  const eta = order.eta ? Date.parse(order.eta) : NaN;
  return now.getTime() - placed < PREPARING_DAYS * DAY_MS && eta >= now.getTime();
}

/** "It hasn't shipped", "still not shipped", "why is it taking so long": not shipped, asked impatiently. */
const NOT_SHIPPED =
  /\b(?:has ?n[o']?t|have ?n[o']?t|not|never|still|yet to)\b[^.?!]{0,25}\b(?:ship\w*|sent|dispatch\w*|left|moved)\b|\btaking (?:so|this|that) long\b|\bso (?:long|slow)\b/i;

/** Whether the words ask impatiently why an order has not shipped. */
export function asksNotShipped(text: string): boolean {
  return NOT_SHIPPED.test(text.replace(/[‘’]/g, "'"));
}

/** "It was placed yesterday, so it's still on schedule." for an order on schedule. */
export function onScheduleSentence(order: OrderView, now: Date): string {
  const days = daysSince(order.placed_at, now);
  const when = days < 1
    ? "less than a day ago"
    : days === 1
    ? "yesterday"
    : `on ${formatDate(order.placed_at, now)}`;
  return `It was placed ${when}, so it's still on schedule and nothing has gone wrong.`;
}
