/**
 * "I need the headphones by Friday, it's a gift": the order's delivery estimate weighed
 * against that day. In time: said so, with what the estimate is worth. Not in time: a faster
 * speed proposed for a yes (overnight when the day is tomorrow). A lost parcel: what the
 * store can do about it (a replacement or the money back). Already delivered: when.
 */
import { neededBy } from "../../domain/needed_by.ts";
import { canExpedite } from "../../domain/eligibility.ts";
import { formatDate } from "../../domain/format.ts";
import { deliveryProblem } from "./delivery.ts";
import { expediteOffer } from "./expedite_offer.ts";
import { closer, opener } from "./tone.ts";
import { asking, type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** "Friday, December 11". */
function dayName(d: Date, now: Date): string {
  const weekday = d.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
  return `${weekday}, ${formatDate(d.toISOString(), now)}`;
}

/** The answer to a day the goods are needed by, or null when the turn names none or no order. */
export function neededByReply(v: TurnView, tone: Tone): Draft | null {
  const need = neededBy(v.text, v.now);
  if (!need || v.pending) return null;
  const ref = resolveOrder(v, (o) => ["pending", "processing", "shipped"].includes(o.status));
  if (ref.kind !== "found") return null;
  const { order, tracking } = ref;
  const by = dayName(need.by, v.now);
  if (tracking?.status === "lost") return deliveryProblem(v, tone);
  if (order.status === "delivered" && order.delivered_at) {
    return draft("needed_by_delivered", tone, [
      opener(v, tone),
      `Order ${order.id} was already delivered on ${formatDate(order.delivered_at, v.now)}.`,
      closer(v),
    ]);
  }
  const eta = tracking?.eta ?? order.eta ?? null;
  if (!eta) return null;
  const when = new Date(eta);
  const whose = order.status === "shipped" ? "The carrier's" : "Our";
  if (when >= v.now && when <= need.by) {
    // "Friday, December 11, before Friday, December 11": the estimate on the day itself.
    const onTheDay = dayName(when, v.now) === by;
    return offeringSpeed(
      order.id,
      draft("needed_by_in_time", tone, [
        opener(v, tone),
        onTheDay
          ? `${whose} current estimate for order ${order.id} is ${by} itself, the day you ` +
            "need it, so it should just make it, with no day to spare."
          : `${whose} current estimate for order ${order.id} is ${dayName(when, v.now)}, ` +
            `before ${by}, so it should arrive in time.`,
        "That is an estimate, not a promise; if you'd like more room, ask me to speed it up.",
        closer(v),
      ]),
    );
  }
  const late = when < v.now
    ? `Order ${order.id} was expected on ${formatDate(eta, v.now)} and is running late, so ` +
      `I can't be sure it arrives by ${by}.`
    : `${whose} current estimate for order ${order.id} is ${dayName(when, v.now)}, after ${by}.`;
  const ok = canExpedite(order, v.now, tracking);
  if (!ok.ok) {
    return draft("needed_by_late", tone, [opener(v, tone), late, ok.rule, closer(v)]);
  }
  // Asked where it stands ("will it arrive by Friday?"): the way to have it sooner is told.
  if (v.decision?.action !== "act") {
    return offeringSpeed(
      order.id,
      draft("needed_by_late", tone, [
        opener(v, tone),
        late,
        "If you'd like it sooner, just ask me to speed it up.",
        closer(v),
      ]),
    );
  }
  // A day away leaves only overnight; otherwise express (1–2 business days) is the upgrade.
  const soon = need.by.getTime() - v.now.getTime() < 2 * 86_400_000;
  const method = soon || /overnight/i.test(v.text) ? "overnight" : "express";
  return expediteOffer(v, tone, order, { method, lead: [opener(v, tone), late] });
}

/**
 * The reply, remembering the speed-up it offered: "ok let's do that then" takes it up (it was
 * "there's nothing waiting for a yes").
 */
function offeringSpeed(orderId: string, d: Draft): Draft {
  return asking(d, {
    slot: "meaning",
    intent: "shipping_options",
    order_id: orderId,
    text: "please speed it up",
    offered: true,
  });
}
