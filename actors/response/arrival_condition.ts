/**
 * "If my keyboard doesn't arrive by friday I want a refund", "if the headphones aren't here by
 * thursday just refund them": a change wanted only if a parcel on its way is late. Nothing is
 * done or proposed now; the order's estimate is weighed against the day (in time, or not), and
 * what the store does if the day passes without it is said — the carrier asked to look for it,
 * and a refund or a replacement if it is lost. A lost or delivered order is left to its own
 * reply. Pure.
 */
import { arrivalCondition } from "../../domain/arrival_condition.ts";
import { formatDate } from "../../domain/format.ts";
import { canExpedite } from "../../domain/eligibility.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** "Friday, December 11". */
function dayName(d: Date, now: Date): string {
  const weekday = d.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
  return `${weekday}, ${formatDate(d.toISOString(), now)}`;
}

/** The answer to a change that waits on a late arrival, or null when the turn sets none. */
export function arrivalConditionReply(v: TurnView, tone: Tone): Draft | null {
  if (v.pending || v.guest) return null;
  const cond = arrivalCondition(v.text, v.now);
  if (!cond) return null;
  const ref = resolveOrder(v, (o) => o.status === "shipped" || o.status === "processing");
  if (ref.kind !== "found") return null;
  const { order, tracking } = ref;
  if (order.status === "delivered" || tracking?.status === "lost") return null;
  if (tracking?.status === "delivered") return null;
  const by = dayName(cond.by, v.now);
  const eta = tracking?.eta ?? order.eta ?? null;
  const when = eta ? new Date(eta) : null;
  const whose = order.status === "shipped" ? "The carrier's" : "Our";
  const standing = !when
    ? `Order ${order.id} is on its way, but I don't have a delivery estimate for it yet.`
    : when < v.now
    ? `Order ${order.id} was expected on ${formatDate(eta!, v.now)} and is running late, so ` +
      `I can't promise it arrives by ${by}.`
    : when <= cond.by
    ? `${whose} current estimate for order ${order.id} is ${dayName(when, v.now)}, before ` +
      `${by}, so it should arrive in time.`
    : `${whose} current estimate for order ${order.id} is ${dayName(when, v.now)}, after ${by}.`;
  return draft("arrival_condition", tone, [
    opener(v, tone),
    standing,
    "I haven't changed anything: while it's on its way there's nothing to refund yet.",
    // Not in time by the estimate: the way to have it sooner, where the store can speed it up.
    when && when <= cond.by && when >= v.now || !canExpedite(order, v.now, tracking).ok
      ? null
      : "If you'd like it sooner, just ask me to speed it up.",
    `If it still hasn't arrived by ${by}, message me here and I'll have the carrier look ` +
    "for it straight away; if the parcel is lost, you'll get a full refund or a replacement, " +
    "whichever you prefer.",
    closer(v),
  ]);
}
