/**
 * "Can you expedite ORD-3002", "speed up my mixer order pls" about an order already
 * delivered or closed: there is nothing left to speed up, said with the order's own facts —
 * not the price list of shipping speeds, as if the order were still on its way.
 */
import { canExpedite } from "../../domain/eligibility.ts";
import { WANTS_FASTER } from "../../domain/expedite.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Why an order asked to come faster cannot, or null when the turn asks no such thing. */
export function expediteRefusedReply(v: TurnView, tone: Tone): Draft | null {
  if (!WANTS_FASTER.test(v.text)) return null;
  const c = v.context;
  const found = c?.order_lookup === "found" ? c.order : null;
  const byGoods = found ? [] : ordersNamedByGoods(c?.orders ?? [], v.text);
  const order = found ?? (byGoods.length === 1 ? byGoods[0] : null);
  if (!order) return null;
  const tracking = found ? c?.tracking ?? null : null;
  const e = canExpedite(order, v.now, tracking);
  // A lost parcel has its own answer (a refund or a replacement); out for delivery too.
  if (e.ok || (e.code !== "already_delivered" && order.status !== "cancelled")) return null;
  return draft("expedite_refused", tone, [
    opener(v, tone),
    `${e.rule} There's nothing left to speed up.`,
    order.status === "delivered"
      ? "If something is wrong with what arrived, tell me and I'll help you with that."
      : null,
    closer(v),
  ]);
}
