/**
 * "When did I order the espresso machine?", "how long has my keyboard been in transit?", "how
 * many days do I have left to return it?", "has it been more than 30 days since it arrived?":
 * the order's own dates, counted in days from the turn's clock, and the return window counted
 * from the real delivery — with the shopper's own count ("I got it 25 days ago") set right
 * when the records say otherwise. A parcel the carrier lost or held up keeps its own reply
 * (its remedy); this answers only the dates. Pure.
 */
import { datesAsked, saidDelivered } from "../../domain/dates_asked.ts";
import { agoWords, spanWords } from "../../domain/dates_asked.ts";
import { RETURN_WINDOW_DAYS } from "../../domain/policy.ts";
import { returnDeadline } from "../../domain/eligibility.ts";
import { formatDate, itemsText } from "../../domain/format.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { closer, confirmPrompt, opener } from "./tone.ts";
import { type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** Whole calendar days (UTC) from `iso` to `now`. */
export function calendarDays(iso: string, now: Date): number {
  const d = new Date(iso);
  const a = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const b = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((b - a) / 86_400_000);
}

/** The answer to a question about an order's dates, or null when none is asked or fits. */
export function orderDatesReply(asked: TurnView, tone: Tone): Draft | null {
  if (asked.guest || asked.pending) return null;
  // Its count of days reads as waiting to the sentiment model: a calm question, answered so.
  const s = asked.sentiment;
  const calm = s && s.score > -0.5 && !s.signals.some((x) => x === "caps" || x === "exclamation");
  const v: TurnView = calm
    ? { ...asked, sentiment: { ...s, label: "neutral", is_complaint: false, signals: [] } }
    : asked;
  if (calm) tone = "neutral";
  const kind = datesAsked(v.text);
  if (!kind) return null;
  // "How long do I have to return the mixer?" read as the return or its rule: the return is
  // offered softly, its days counted first (`withDeliveryCount`).
  if (kind === "return_left" && (v.intent === "return_item" || v.intent === "policy_question")) {
    return null;
  }
  const delivered = (o: OrderView) => !!o.delivered_at;
  const fits = kind === "placed"
    ? () => true
    : kind === "in_transit"
    ? (o: OrderView) => o.status === "shipped" && !o.delivered_at
    : delivered;
  const ref = resolveOrder(v, fits);
  if (ref.kind !== "found" || !fits(ref.order)) return null;
  const o = ref.order;
  // Lost by the carrier: that reply gives the dates and says what can be done.
  if (ref.tracking?.status === "lost") return null;
  const named = `order ${o.id} (${itemsText(o)})`;
  const day = (iso: string) => formatDate(iso, v.now);
  const lines: string[] = [];
  if (kind === "placed") {
    const n = calendarDays(o.placed_at, v.now);
    lines.push(
      n > 0
        ? `You placed ${named} on ${day(o.placed_at)}, ${agoWords(n)}.`
        : `You placed ${named} earlier today (${day(o.placed_at)}).`,
    );
    // "…and when did it arrive?": the other part of the message says where it stands.
    if ((v.requests?.length ?? 0) > 1) {
      return draft("order_dates", tone, [opener(v, tone), ...lines]);
    }
    if (o.delivered_at) lines.push(`It was delivered on ${day(o.delivered_at)}.`);
    else if (o.payment_status === "pending") lines.push("It's waiting for payment.");
    else if (o.shipped_at) lines.push(`It shipped on ${day(o.shipped_at)}.`);
    else if (o.status === "cancelled") lines.push("It has since been cancelled.");
    else lines.push("It hasn't shipped yet.");
    if (!o.delivered_at && o.eta && o.status !== "cancelled") {
      lines.push(
        calendarDays(o.eta, v.now) <= 0
          ? `The current estimate for delivery is ${day(o.eta)}.`
          : `The estimate for delivery was ${day(o.eta)}, so it's running late.`,
      );
    }
  } else if (kind === "in_transit") {
    const t = ref.tracking;
    // Lost: that reply says what can be done, which the dates alone would not.
    if (
      !o.shipped_at || (t && !["in_transit", "out_for_delivery", "exception"].includes(t.status))
    ) {
      return null;
    }
    const n = calendarDays(o.shipped_at, v.now);
    const carrier = o.carrier ? ` with ${o.carrier}` : "";
    lines.push(
      `${cap(named)} shipped on ${day(o.shipped_at)}${carrier}, so it has been on its way for ` +
        `${spanWords(n)}.`,
    );
    const held = t?.status === "exception" ? t.last_event : null;
    if (held) {
      const why = held.description?.replace(/^Delivery delayed:\s*/i, "");
      lines.push(
        `The carrier reported a delay at ${held.location} on ${day(held.at)}` +
          `${why ? ` (${why})` : ""}.`,
      );
    }
    const eta = t?.eta ?? o.eta ?? null;
    if (eta && held) lines.push(`The carrier's current estimate for delivery is ${day(eta)}.`);
    else if (eta) {
      const ahead = calendarDays(eta, v.now) <= 0;
      lines.push(
        ahead
          ? `The carrier's current estimate for delivery is ${day(eta)}, so it's still on time.`
          : `The carrier's estimate for delivery was ${day(eta)}, so it's running late.`,
      );
    }
  } else {
    const at = o.delivered_at!;
    const n = calendarDays(at, v.now);
    const said = saidDelivered(v.text);
    const off = said !== null && Math.abs(said.days - n) >= 2;
    lines.push(
      off
        ? `our records show ${named} was delivered on ${day(at)}, ${agoWords(n)} — not ${
          said!.words
        }.`
        : `${cap(named)} was delivered on ${day(at)}${n > 0 ? `, ${agoWords(n)}` : ""}.`,
    );
    const end = returnDeadline(o)!;
    const left = -calendarDays(end, v.now);
    const lead = answered(v.text, n, left);
    lines[0] = lead ? lead + lines[0].charAt(0).toLowerCase() + lines[0].slice(1) : cap(lines[0]);
    lines.push(
      left >= 0
        ? `Returns are accepted within ${RETURN_WINDOW_DAYS} days of delivery, so you can still ` +
          `return it until ${day(end)}${left > 0 ? ` (${spanWords(left)} left)` : " (today)"}.`
        : `Returns are accepted within ${RETURN_WINDOW_DAYS} days of delivery, so the window ` +
          `closed on ${day(end)}.`,
    );
    if (left >= 0 && !o.return_id) {
      lines.push("Just tell me if you'd like me to start a return.");
      return draft("order_dates", tone, [opener(v, tone), ...lines]);
    }
  }
  return draft("order_dates", tone, [opener(v, tone), ...lines, closer(v)]);
}

/**
 * A return proposed after "I got it 25 days ago": the day the records show it was delivered
 * said first when the shopper's count is off, since the window runs from that day.
 */
export function withDeliveryCount(v: TurnView, tone: Tone, d: Draft): Draft {
  // "Can i still return the frother? got it a week ago": said in another part of the message.
  const said = saidDelivered([v.text, ...(v.requests ?? []).map((r) => r.text)].join(". "));
  const id = d.proposed_actions.find((a) => a.type === "return_item")?.order_id;
  const o = id ? v.context?.orders.find((x) => x.id === id) : null;
  // "How many days do I have left to return it?": the return offered, the days counted first.
  const asked = datesAsked(v.text) === "return_left";
  if ((said === null && !asked) || !o?.delivered_at) return d;
  const n = calendarDays(o.delivered_at, v.now);
  const left = -calendarDays(returnDeadline(o)!, v.now);
  if (left < 0) return d;
  const delivered = `${o.id} was delivered on ${formatDate(o.delivered_at, v.now)}, ${agoWords(n)}`;
  let note: string;
  if (said !== null && Math.abs(said.days - n) >= 2) {
    note =
      `Our records show ${delivered} — not ${said.words} — and the ${RETURN_WINDOW_DAYS}-day ` +
      `return window counts from that day, so you have ${spanWords(left)} left.`;
  } else if (asked) {
    note = `${answered(v.text, n, left)}${delivered}, so you have ${spanWords(left)} left to ` +
      "return it.";
  } else return d;
  const op = opener(v, tone);
  let text = op && d.text.startsWith(op)
    ? `${op} ${note}${d.text.slice(op.length)}`
    : `${note} ${d.text}`;
  // A question of the days left offers the return softly: "ok, thanks" after it is no yes.
  const prompt = confirmPrompt(v);
  if (!asked || d.asks || !text.endsWith(prompt)) return { ...d, text };
  text = text.slice(0, -prompt.length) + SOFTLY;
  return { ...d, text, asks: { slot: "offer", intent: v.intent, order_id: o.id } };
}

/** The soft close of a return offered in answer to a question of its days. */
const SOFTLY = "That's only what would happen — nothing has been changed. If you'd like me to " +
  "go ahead, just say yes.";

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "No — " to "has it been more than 30 days?" or "is it too late?" when it hasn't; "Yes — "… */
function answered(text: string, days: number, left: number): string {
  const than = /\b(more|over|longer|less|under|fewer) than (\d+) days\b/i.exec(text);
  if (than) {
    const more = /more|over|longer/i.test(than[1]);
    return (days > +than[2]) === more ? "Yes — " : "No — ";
  }
  if (/\btoo late\b/i.test(text)) return left >= 0 ? "No — " : "Yes — ";
  if (/\b(?:still|yet)\b/i.test(text)) return left >= 0 ? "Yes — " : "No — ";
  return "";
}
