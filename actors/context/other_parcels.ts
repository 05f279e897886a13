/**
 * The parcels of the other orders a message is about. The order in question comes with its
 * tracking; a message about more than one order ("where is my keyboard? also pls cancel
 * 2002", "one never showed up and the other came smashed", "refund both") also needs the
 * carrier's word on the others in transit — a delay, a lost parcel — so each answer tells
 * it. Only orders sent off and not delivered have a parcel worth asking about; each is its
 * own call behind the tracking breaker, and a failure is a note, not a failed turn.
 */
import type { Message, OrderView, TrackingView } from "../../shared/protocol.ts";
import { call, type CallEnv } from "./calls.ts";
import { toTrackingView } from "./views.ts";
import { deferredTakenUp } from "../../domain/deferred.ts";
import { asksSameForAnother } from "../../domain/same_for.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";

/** How many other parcels one turn looks up at most. */
export const OTHER_PARCELS_MAX = 2;

/** "Both", "the other one", "each", "all of them": words that reach past one order. */
const SEVERAL =
  /\b(?:both|the other(?: one| order)?|each (?:of them|one|order)|all (?:of )?(?:them|my orders)|two orders|them all)\b/i;

/** Whether the message is about more than one order: several requests, orders or "both". */
export function aboutSeveralOrders(msg: Message): boolean {
  const intent = msg.payload.intent;
  if (!intent) return false;
  if ((intent.requests?.length ?? 0) >= 2) return true;
  // "Yes" to a request put off earlier about another order: that order's parcel is told.
  if (deferredTakenUp(msg)?.order_id) return true;
  const named = new Set([
    ...intent.entities.order_ids,
    ...(intent.entities.order_refs ?? []).map((r) => r.id),
  ]);
  const text = msg.payload.customer_message.text;
  // "Same for 3002" while 3001's refund waits: the waiting order's parcel is told too.
  const pending = msg.session.pending_action?.action.order_id;
  const same = !!pending && [...named].some((id) => id !== pending) &&
    asksSameForAnother(text, true);
  return named.size >= 2 || same || SEVERAL.test(text);
}

/** The customer's orders in transit besides `order`, the most recent first. */
export function otherOrdersInTransit(
  orders: readonly OrderView[],
  order: OrderView | null,
): OrderView[] {
  return orders.filter((o) =>
    o.id !== order?.id && o.status === "shipped" && !!o.tracking_number && !o.delivered_at
  ).slice(0, OTHER_PARCELS_MAX);
}

/** The tracking of the other orders in transit a message is about, and notes of what failed. */
export async function otherParcels(
  env: CallEnv,
  o: { msg: Message; customerId: string; orders: readonly OrderView[]; order: OrderView | null },
): Promise<{ tracking: TrackingView[]; notes: string[] }> {
  // "My vacuum never came and the mixer is broken": two orders named by their goods.
  const byGoods = ordersNamedByGoods(o.orders, o.msg.payload.customer_message.text).length >= 2;
  if (!aboutSeveralOrders(o.msg) && !byGoods) return { tracking: [], notes: [] };
  const others = otherOrdersInTransit(o.orders, o.order);
  const got = await Promise.all(others.map((order) =>
    call(
      env,
      "tracking",
      (signal) =>
        env.store.getTracking(order.tracking_number!, { signal, customerId: o.customerId }),
      "tracking",
    )
  ));
  const tracking: TrackingView[] = [];
  const notes: string[] = [];
  for (const g of got) {
    if (g.ok && g.value) tracking.push(toTrackingView(g.value));
    else if (!g.ok) notes.push(g.note);
  }
  return { tracking, notes };
}
