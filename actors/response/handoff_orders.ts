/**
 * The facts a handoff's holding reply shows: of the order in question — or, when the
 * message asks about several ("the mixer arrived dented. also is there any news on the
 * vacuum??"), of each order its requests name, so no question goes without what we could
 * see while a person is on the way. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { handoffFacts } from "./payment_facts.ts";
import { aboutRefund, noRefundLine, refundOrderOf } from "./refund_handoff.ts";
import { parcelOf } from "./parcel_of.ts";
import { requestView } from "./multi.ts";
import { orderNamedBefore } from "./order_before.ts";
import type { TurnView } from "./view.ts";
import { reportedInHandoff } from "./reported_told.ts";
import { tellsOneAndOther } from "../../domain/one_and_other.ts";
import { ordersNamedByGoods } from "../../domain/goods_named.ts";

/** The customer's orders the requests of a message name, as written; none when one request. */
export function ordersOfRequests(v: TurnView): OrderView[] {
  return asked(v).map((a) => a.order);
}

/** Each order the requests name with what its first request asks. */
function asked(v: TurnView): { order: OrderView; intent: TurnView["intent"] }[] {
  const parts = v.requests ?? [];
  if (parts.length < 2 || !v.context) return [];
  const out: { order: OrderView; intent: TurnView["intent"] }[] = [];
  for (const r of parts) {
    const others = parts.filter((p) => p !== r).map((p) => p.text);
    const own = requestView(v, r.intent, r.text, others).context;
    // "It still hasn't come" above our quoted reply about ORD-1001: the order named before.
    const narrowed = own !== v.context;
    const before = narrowed ? null : orderNamedBefore(v.text, r, v.context, v.entities);
    const c = before ? requestView(v, r.intent, r.text, others, before).context : own;
    const o = c?.order_lookup === "found" ? c.order : null;
    if (o && !out.some((x) => x.order.id === o.id)) out.push({ order: o, intent: r.intent });
  }
  return out;
}

/** "Here is what I can see:" and the facts of each order in question; empty with none. */
export function handoffOrderFacts(v: TurnView): string[] {
  const c = v.context;
  if (!c) return [];
  const several = asked(v);
  if (several.length > 1) {
    // "Keyboard order - still not here?? also monitor - did payment go thru": each order's
    // facts for what was asked of it — the keyboard's parcel, the monitor's payment.
    return [
      "Here is what I can see:",
      ...several.flatMap(({ order, intent }) =>
        handoffFacts({ ...v, intent }, order, parcelOf(c, order))
      ),
    ];
  }
  // "I never received my parcel and the other one arrived broken": both orders, each told.
  // "My vacuum never came and the mixer was broken": two orders named by their goods, too.
  // (Of the words its requests stand on: a part left unread names no trouble of its own.)
  const read = (v.requests ?? []).length > 0 ? v.requests!.map((r) => r.text).join(" ") : v.text;
  const byGoods = ordersNamedByGoods(c.orders, read);
  const pair = tellsOneAndOther(v.text) && c.orders.length === 2
    ? c.orders
    : byGoods.length >= 2 && byGoods.length <= 3
    ? byGoods
    : null;
  if (pair) {
    const reported = c.order_lookup === "found" && c.order ? reportedInHandoff(v, c.order) : null;
    return [
      "Here is what I can see:",
      ...pair.flatMap((o) => handoffFacts(v, o, parcelOf(c, o))),
      ...(reported ? [reported] : []),
    ];
  }
  if (c.order_lookup !== "found" || !c.order) {
    // "Still no refund, this is a joke": the one order whose refund it can be, or that none has.
    if (!aboutRefund(v)) return [];
    const order = refundOrderOf(c);
    const none = order ? null : noRefundLine(c);
    if (none) return ["Here is what I can see:", none];
    return order ? ["Here is what I can see:", ...handoffFacts(v, order, parcelOf(c, order))] : [];
  }
  // "The mixer arrived with a cracked bowl": what they told us, beside what we can see.
  const reported = reportedInHandoff(v, c.order);
  return [
    "Here is what I can see:",
    ...handoffFacts(v, c.order, c.tracking),
    ...(reported ? [reported] : []),
  ];
}
