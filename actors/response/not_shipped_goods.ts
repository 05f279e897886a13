/**
 * "My monitor arrived damaged" when the order with the monitor has not shipped: nothing of it
 * can have reached them, and the tracking it has none of is no answer ("I couldn't check the
 * tracking of order ORD-2002: it has not shipped yet" was all Mike got). Said plainly, with
 * where that order stands, and what arrived asked — with their orders that did ship named, in
 * case the goods came in one of those. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { goodsProblem } from "../../domain/problems.ts";
import { goodsUnlike } from "../../domain/goods_unlike.ts";
import { statusWords } from "../../domain/format.ts";
import { orderLabel } from "./order_facts.ts";
import { asksVariant, variantSwap } from "./variant_swap.ts";
import { opener } from "./tone.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";

/** Statuses of an order nothing of which has left the warehouse. */
const NOT_SENT: ReadonlySet<string> = new Set(["pending", "processing"]);

/** "It arrived", "I got it", "came": goods said to have reached them. */
const ARRIVED =
  /\b(?:arrived|arrives|came|come|got|received|delivered|showed up|turned up|opened|unboxed)\b/i;

/**
 * "I think I got the wrong size", "oops i ordered the wrong size shoes": the wrong size chosen
 * when ordering, not goods come wrong (nothing says they came).
 */
const CHOSE_WRONG =
  /\b(?:ordered|order|picked|chose|chosen|selected|bought|got|went for|clicked)\b/i;
const CAME = /\b(?:arrived|arrives|came|delivered|received|showed up|turned up|opened|unboxed)\b/i;

/**
 * The reply when the goods said to have arrived wrong belong to an order that has not shipped,
 * or null when the order has shipped or nothing is said to have arrived.
 */
export function notShippedGoods(v: TurnView, tone: Tone, order: OrderView): Draft | null {
  if (!NOT_SENT.has(order.status) || order.tracking_number) return null;
  // The size chosen wrong, of an order not sent: the item taken off (or the order cancelled).
  if (asksVariant(v.text) && CHOSE_WRONG.test(v.text) && !CAME.test(v.text)) {
    const swap = variantSwap(v, tone, order);
    if (swap) return swap;
  }
  // "The shoes look nothing like the picture": goods judged in hand, so said to have come.
  if (!goodsProblem(v.text) && !ARRIVED.test(v.text) && !goodsUnlike(v.text)) return null;
  // "The shoes in 1003 - wrong size. can u sort": nothing said to have come, so the size
  // they ordered is the slip — that line off, for a yes.
  if (!ARRIVED.test(v.text)) {
    const swap = variantSwap(v, tone, order);
    if (swap) return swap;
  }
  const sent = (v.context?.orders ?? []).filter((o) =>
    o.id !== order.id && (o.status === "shipped" || o.status === "delivered")
  );
  const others = sent.slice(0, 3).map(orderLabel);
  return draft("delivery_not_shipped", tone, [
    opener(v, tone),
    `Order ${orderLabel(order)} hasn't shipped yet — it's ${
      statusWords(order.status)
    } — so nothing from it can have reached you.`,
    PARAGRAPH,
    others.length > 0
      ? `Could you tell me what arrived, and in which parcel? If it came in ${
        others.length === 1 ? `order ${others[0]}` : `one of ${others.join(" or ")}`
      }, I'll look into that order with you.`
      : "Could you tell me what arrived, and what the parcel's label or packing slip says? " +
        "Then I can find where it came from.",
  ]);
}
