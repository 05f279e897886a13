/**
 * "Whats in my orders", "what did I order last month": the signed-in customer's orders, one
 * line each — what is in it, when it was placed, its total and where it stands — newest
 * first, narrowed to a period they named. Nothing is proposed. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { asksForOrderList, periodAsked } from "../../domain/orders_asked.ts";
import { formatDate, formatMoney, itemsText, statusWords } from "../../domain/format.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** The most orders listed in one reply. */
const MAX_LISTED = 6;

/** The list of the customer's orders, or null when the turn asks for no such list. */
export function ordersListReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || v.intent !== "order_status" || !asksForOrderList(v.text)) return null;
  const all = [...(v.context?.orders ?? [])].sort((a, b) =>
    Date.parse(b.placed_at) - Date.parse(a.placed_at)
  );
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
