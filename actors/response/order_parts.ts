/**
 * A message about several orders, each named by its goods, cut again by order: "my mixer
 * arrived with a cracked bowl and the vacuum never came. I'd like a replacement for the
 * mixer please" is the mixer's trouble and the replacement asked for it, and the vacuum
 * that never came; "refund the vacuum and replace the mixer" a refund of one and a
 * replacement of the other. The splitter cuts at sentences, so one of its requests may tell
 * of two orders, and a remedy asked in another sentence is read apart from its order; the
 * reply then asked which order was meant, or proposed one remedy for both. Each stretch of
 * the message goes with the order its own goods name (a stretch naming none — "refund it
 * please", "i want a new one" — with the order before it), and each order's stretches are
 * one request, read by what they ask. Pure.
 */
import type { ContextEnrichment, Intent, IntentRequest, OrderView } from "../../shared/protocol.ts";
import { type Clause, clausesOf, ordersNamedByGoods } from "../../domain/goods_named.ts";
import { asksForReplacement, refusesRefund } from "../../domain/intents.ts";
import { wantsFaster } from "../../domain/expedite.ts";

/** A stretch that carries on about the order before it: "refund it", "i want a new one". */
const CARRIES_ON =
  /\b(?:it|its|it's|them|that one|this one|a new one|another one|replace(?:ment)?|refund|money back|swap|exchange|return|speed|rush|expedite)\b/i;

/** What a request about one order asks, by its own words; null when they ask nothing. */
export function askedIn(text: string): Intent | null {
  if (asksForReplacement(text)) return "delivery_problem";
  if (/\b(?:refund|money back|reimburse)/i.test(text) && !refusesRefund(text)) {
    return "refund_request";
  }
  if (wantsFaster(text)) return "shipping_options";
  if (/\bcancel/i.test(text)) return "cancel_order";
  if (/\breturn\b/i.test(text)) return "return_item";
  return null;
}

/**
 * The requests of a message naming two or more of the customer's orders by their goods,
 * one per order (and those naming no order as they were), or null when the message names
 * fewer, one order is already in question, or the requests already keep to one order each.
 */
export function byOrderParts(
  c: ContextEnrichment | null,
  text: string,
  requests: readonly IntentRequest[] | undefined,
): IntentRequest[] | null {
  if (!c || c.guest || !requests?.length) return null;
  const byGoods = ordersNamedByGoods(c.orders, text);
  if (byGoods.length < 2) return null;
  // "My robot vacuum (ORD-3001) has not arrived… a refund for the vacuum and a replacement
  // for the mixer": an order named outright is one of those its goods name — still cut.
  if (c.order_lookup === "found" && !byGoods.some((o) => o.id === c.order?.id)) return null;
  const named = (r: IntentRequest) => ordersNamedByGoods(c.orders, r.text).length;
  // Each request about one order, and none asking a remedy of no order it names: as cut —
  // unless the requests leave out an order the message names ("can u refund the vacuum and
  // send a new mixer": the splitter kept the vacuum's words only, and the whole message's
  // "new" then set both orders' remedy), or read a remedy asked of one of the shopper's own
  // goods as a product question ("replace the vacuum" is no question about vacuums on sale).
  const covered = new Set(requests.flatMap((r) => ordersNamedByGoods(c.orders, r.text)));
  const apart = byGoods.every((o) => covered.has(o)) &&
    requests.every((r) =>
      named(r) <= 1 && (named(r) === 1 || askedIn(r.text) === null) &&
      !(named(r) === 1 && r.intent === "product_question" && askedIn(r.text) !== null)
    );
  if (apart) return null;
  const parts = new Map<OrderView, Clause[]>();
  const attached: Clause[] = [];
  let before: OrderView | null = null;
  for (const clause of clausesOf(text)) {
    const named = ordersNamedByGoods(c.orders, clause.text);
    const order = named.length === 1
      ? named[0]
      : named.length === 0 && before && CARRIES_ON.test(clause.text)
      ? before
      : null;
    if (named.length > 0) before = named.length === 1 ? named[0] : null;
    if (!order) continue;
    parts.set(order, [...parts.get(order) ?? [], clause]);
    attached.push(clause);
  }
  const overlapping = (cl: Clause) =>
    requests.find((r) => r.start <= cl.start && cl.start < r.end) ?? requests[0];
  const out: IntentRequest[] = [];
  for (const clauses of parts.values()) {
    const words = clauses.map((cl) => cl.text).join(". ");
    const first = overlapping(clauses[0]);
    out.push({
      intent: askedIn(words) ?? first.intent,
      confidence: Math.max(first.confidence, 0.8),
      text: words,
      start: clauses[0].start,
      end: clauses[clauses.length - 1].end,
    });
  }
  // Requests about no order of theirs ("and do you ship to canada?") stay as they were.
  for (const r of requests) {
    const touched = attached.some((cl) => cl.start < r.end && r.start < cl.end);
    if (!touched) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * What a remedy put off until the first change is settled is called, with its order: "the
 * replacement for order ORD-3002" (not "the delivery problem"); null when the words ask for
 * no replacement or refund, or no order is known.
 */
export function remedyLater(text: string, orderId: string | null): string | null {
  if (!orderId) return null;
  if (asksForReplacement(text)) return `the replacement for order ${orderId}`;
  if (askedIn(text) === "refund_request") return `the refund of order ${orderId}`;
  return null;
}
