/**
 * "I'm away from Thursday to Sunday, can you hold the shoes?": the order's estimate weighed
 * against the days nobody is in. Inside them: we can't hold a parcel or book its day (the
 * carrier sets it), and what can be done before it ships — another address, a note for a safe
 * place; after, the carrier's redelivery. Outside them: it should come before or after, and
 * nothing needs doing. Pure.
 */
import { awayDays } from "../../domain/away_days.ts";
import { formatDate } from "../../domain/format.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, resolveOrder, type Tone, type TurnView } from "./view.ts";

const WEEKDAY = { weekday: "long", timeZone: "UTC" } as const;

/** The reply to a shopper away for some days, or null when none is said or no order fits. */
export function awayReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || v.pending) return null;
  const away = awayDays(v.text, v.now);
  if (!away) return null;
  const open = (o: OrderView) => !o.delivered_at && o.status !== "cancelled";
  const ref = resolveOrder(v, open);
  if (ref.kind !== "found" || !open(ref.order)) return null;
  const o = ref.order;
  const etaIso = ref.tracking?.eta ?? o.eta ?? null;
  if (!etaIso) return null;
  const eta = new Date(etaIso);
  const day = (d: Date) =>
    `${d.toLocaleDateString("en-US", WEEKDAY)}, ${formatDate(d.toISOString(), v.now)}`;
  const today = away.from.getTime() <= v.now.getTime();
  const when = today ? `until ${day(away.to)}` : `${day(away.from)} to ${day(away.to)}`;
  const lines: string[] = [opener(v, tone)];
  const estimate = `The current estimate for order ${o.id} is ${day(eta)}`;
  if (eta < away.from) {
    lines.push(`${estimate}, before you're away (${when}), so it should reach you in time.`);
  } else if (eta > away.to) {
    lines.push(`${estimate}, after you're back (away ${when}), so nothing needs doing.`);
  } else {
    lines.push(`${estimate} — while you're away (${when}).`);
    lines.push(
      "We can't hold a parcel or book its delivery day: the carrier sets the date.",
    );
    lines.push(
      o.status === "shipped"
        ? "If nobody's in when it comes, the carrier leaves a notice so you can arrange a " +
          "redelivery once you're back."
        : "Before it ships, I can send it to another address (a neighbour, your work) or add a " +
          "delivery note for a safe place — just tell me which.",
    );
    if (o.status !== "shipped") return draft("away", tone, lines);
  }
  lines.push(closer(v));
  return draft("away", tone, lines);
}
