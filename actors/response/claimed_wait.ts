/**
 * "It's been three weeks!! where is my keyboard" about an order placed six days ago: the day
 * it was placed said plainly beside the answer, so the shopper's count and the store's agree
 * before anything else is said (a person taking over sees it too). Said only when the two
 * differ by days, never for a count that is right. Pure.
 */
import { agoWords, saidWaitingDays } from "../../domain/dates_asked.ts";
import { formatDate } from "../../domain/format.ts";
import { calendarDays } from "./order_dates.ts";
import { chooseTone, opener } from "./tone.ts";
import type { Draft, TurnView } from "./view.ts";

/** The draft with the day the order was placed said first, when the shopper's wait is off. */
export function withClaimedWait(v: TurnView, d: Draft): Draft {
  const said = saidWaitingDays(v.text);
  const c = v.context;
  const o = c?.order_lookup === "found" ? c.order : null;
  if (said === null || !o || v.guest || d.template === "order_dates") return d;
  const n = calendarDays(o.placed_at, v.now);
  // Only a count well past the records: "a week" of an order placed six days ago is right.
  if (said - n < 3 || said < n * 1.5) return d;
  const note = `Our records show you placed ${o.id} on ${formatDate(o.placed_at, v.now)}, ` +
    `${agoWords(n)}.`;
  if (d.text.includes(note)) return d;
  const op = opener(v, chooseTone(v));
  if (op && !d.text.startsWith(op)) return d;
  const text = op ? `${op} ${note}${d.text.slice(op.length)}` : `${note} ${d.text}`;
  return { ...d, text };
}
