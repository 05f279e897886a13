/**
 * "Where is my keyboard?", "and when will it come" while a change of that order waits for a
 * yes (a carrier investigation, an expedite, a cancellation): the question is answered —
 * where the order stands — and the change asked about again in one short line. It had been
 * "I'm not sure whether that's a yes or a no", as if the customer had dodged the question.
 * Null for anything but a status question about the waiting change's order.
 */
import { asksNotShipped } from "../../domain/preparing_on_time.ts";
import { type Draft, type Tone, type TurnView } from "./view.ts";
import { orderStatus } from "./orders_info.ts";
import { shortPendingLine } from "./policy_answer.ts";
import { parcelOf } from "./parcel_of.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";
import type { ContextEnrichment, OrderView } from "../../shared/protocol.ts";

/**
 * The one other order of theirs the question's goods name, when none of the waiting change's
 * order's goods is named; else null.
 */
function otherOrderByGoods(
  v: TurnView,
  c: ContextEnrichment,
  pendingOrder: string | null,
): OrderView | null {
  if (c.guest || pendingOrder === null) return null;
  const named = ordersNamedByGoods(c.orders, v.text);
  if (named.length === 0) {
    // A single word of goods names no "several orders": look it up by itself.
    const one = c.orders.filter((o) => ordersNamedByGoods([o], v.text).length === 1);
    return one.length === 1 && one[0].id !== pendingOrder ? one[0] : null;
  }
  return named.length === 1 && named[0].id !== pendingOrder ? named[0] : null;
}

/** Words of a question about where an order is or when it comes. */
const WHERE_OR_WHEN =
  /\b(?:where(?:'?s| is| are)?|when(?:'?s| will| does| is)?|status|arriv\w*|come|coming|ship\w*|deliver(?:y|ed)?|track\w*|eta|how long until|any news|update|what(?:'?s| is) (?:going on|happening|up) with)\b/i;

/** The parcel's changes: a question about the parcel itself ("it says delayed, what's going on?"). */
export const PARCEL_CHANGES: ReadonlySet<string> = new Set([
  "carrier_investigation",
  "expedite_delivery",
]);

/** The order's status and the waiting change asked again; else null. */
export function statusWhilePending(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  // "Why is it taking so long anyway" (read as nothing of ours): how the order stands too.
  const slow = asksNotShipped(v.text);
  // "It says delayed. What's going on with it?" while the parcel's investigation waits: read
  // as the delivery problem again, it asks how the parcel stands.
  const parcelAsked = v.intent === "delivery_problem" && /\?\s*$/.test(v.text) &&
    p !== null && PARCEL_CHANGES.has(p.action.type);
  if (
    !p || new Date(p.expires_at) <= v.now || (v.intent !== "order_status" && !slow && !parcelAsked)
  ) return null;
  if (!WHERE_OR_WHEN.test(v.text) && !slow) return null;
  const c = v.context;
  // "Where are my headphones" while the shoes' speed-up waits: the headphones' order, asked
  // by its goods (the reply was read against the waiting change's order).
  const other = c ? otherOrderByGoods(v, c, p.action.order_id) : null;
  const seen: TurnView = other && c
    ? {
      ...v,
      context: { ...c, order: other, order_lookup: "found", tracking: parcelOf(c, other) },
      entities: { ...v.entities, order_ids: [other.id] },
    }
    : v;
  const order = seen.context?.order_lookup === "found" ? seen.context.order : null;
  if (!order || (p.action.order_id !== null && order.id !== p.action.order_id && !other)) {
    return null;
  }
  const status = orderStatus(seen, tone);
  // The status answer's own closing question gives way to the change's.
  const body = status.text.replace(
    /\s*(?:Is there anything else|Anything else|Let me know if)[^\n]*$/i,
    "",
  );
  return {
    ...status,
    template: "pending_status_answered",
    proposed_actions: [],
    text: `${body.trim()}\n\n${shortPendingLine(p)}`,
  };
}
