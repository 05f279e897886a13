/**
 * "Whats in my orders", "what did I order last month": the signed-in customer's orders, one
 * line each — what is in it, when it was placed, its total and where it stands — newest
 * first, narrowed to a period they named. Nothing is proposed. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { asksComing, asksForOrderList, periodAsked } from "../../domain/orders_asked.ts";
import { spentReply } from "./orders_spent.ts";
import { formatDate, formatMoney, itemsText, statusWords } from "../../domain/format.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** Where an order stands while it is still to come to the customer. */
const STILL_COMING: ReadonlySet<string> = new Set(["pending", "processing", "shipped"]);

/** The most orders listed in one reply. */
const MAX_LISTED = 6;

/** The list of the customer's orders, or null when the turn asks for no such list. */
export function ordersListReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || v.intent !== "order_status" || !asksForOrderList(v.text)) return null;
  // "And the total I spent?": the sum, not the list again.
  const spent = spentReply(v, tone);
  if (spent) return spent;
  // "What did I order in 1003?": one order named is that order's answer, not the list.
  const named = new Set(
    [...v.entities.order_ids, ...(v.entities.order_refs ?? []).map((r) => r.id)]
      .filter((id) => v.text.includes(id.replace(/^ORD-/i, ""))),
  );
  if (named.size === 1 && !/\borders\b/i.test(v.text)) return null;
  const sorted = [...(v.context?.orders ?? [])].sort((a, b) =>
    Date.parse(b.placed_at) - Date.parse(a.placed_at)
  );
  // "Which ones are still coming?": those not delivered (nor cancelled or returned) yet.
  const coming = asksComing(v.text);
  const parcels = [v.context?.tracking, ...(v.context?.other_tracking ?? [])];
  const lost = (o: OrderView) =>
    parcels.some((t) => t && t.number === o.tracking_number && t.status === "lost");
  const all = coming ? sorted.filter((o) => STILL_COMING.has(o.status) && !lost(o)) : sorted;
  // A parcel the carrier lost is not coming: said, not listed as on its way.
  const gone = coming
    ? sorted.filter(lost).map((o) =>
      `Order ${o.id}'s parcel is lost: the carrier has not scanned it for days.`
    )
    : [];
  if (coming && all.length === 0 && sorted.length > 0) {
    return draft("orders_list", tone, [
      opener(v, tone),
      "None of your orders is still to come.",
      ...gone.flatMap((g) => [PARAGRAPH, g]),
      closer(v),
    ]);
  }
  const open = opener(v, tone);
  if (all.length === 0) {
    return draft("orders_list", tone, [
      open,
      "I can't see any orders on your account yet.",
      closer(v),
    ]);
  }
  const period = periodAsked(v.text, v.now);
  const inPeriod = period
    ? all.filter((o) => {
      const t = Date.parse(o.placed_at);
      return t >= period.from.getTime() && t < period.to.getTime();
    })
    : all;
  const shown = inPeriod.length > 0 ? inPeriod : all;
  const head = period && inPeriod.length === 0
    ? `I can't see any order placed ${period.words}. Your most recent ${
      shown.length === 1 ? "order is" : "orders are"
    }:`
    : period
    ? `Here ${
      inPeriod.length === 1 ? "is the order" : "are the orders"
    } you placed ${period.words}:`
    : coming
    ? `${shown.length === 1 ? "This one is" : "These are"} still to come, newest first:`
    : `Here ${shown.length === 1 ? "is your order" : "are your orders"}, newest first:`;
  // One paragraph an order: the replies' text keeps paragraphs, not single line breaks.
  const lines = shown.slice(0, MAX_LISTED).flatMap((o) => [line(o, v.now), PARAGRAPH]);
  const more = shown.length > MAX_LISTED
    ? [`…and ${shown.length - MAX_LISTED} older ones — ask me about any order by its number.`]
    : [];
  return draft("orders_list", tone, [
    open,
    head,
    PARAGRAPH,
    ...lines,
    ...more,
    ...gone,
    PARAGRAPH,
    "Tell me the order you'd like to know more about or change.",
  ]);
}

/** One order: `ORD-1003 (placed on May 30): Trail Running Shoes and 2× … — 226.00 USD, being prepared.` */
function line(o: OrderView, now: Date): string {
  const state = o.status === "shipped" ? "shipped" : statusWords(o.status);
  return `${o.id} (placed on ${formatDate(o.placed_at, now)}): ${itemsText(o)} — ` +
    `${formatMoney(o.total, o.currency)}, ${state}.`;
}
