/**
 * The facts a handoff's holding reply shows: of the order in question — or, when the
 * message asks about several ("the mixer arrived dented. also is there any news on the
 * vacuum??"), of each order its requests name, so no question goes without what we could
 * see while a person is on the way. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { handoffFacts } from "./payment_facts.ts";
import { parcelOf } from "./parcel_of.ts";
import { requestView } from "./multi.ts";
import type { TurnView } from "./view.ts";

/** The customer's orders the requests of a message name, as written; none when one request. */
export function ordersOfRequests(v: TurnView): OrderView[] {
  const parts = v.requests ?? [];
  if (parts.length < 2 || !v.context) return [];
  const out: OrderView[] = [];
  for (const r of parts) {
    const others = parts.filter((p) => p !== r).map((p) => p.text);
    const c = requestView(v, r.intent, r.text, others).context;
    const o = c?.order_lookup === "found" ? c.order : null;
    if (o && !out.some((x) => x.id === o.id)) out.push(o);
  }
  return out;
}

/** "Here is what I can see:" and the facts of each order in question; empty with none. */
export function handoffOrderFacts(v: TurnView): string[] {
  const c = v.context;
  if (!c) return [];
  const several = ordersOfRequests(v);
  if (several.length > 1) {
    return [
      "Here is what I can see:",
      ...several.flatMap((o) => handoffFacts(v, o, parcelOf(c, o))),
    ];
  }
  return c.order_lookup === "found" && c.order
    ? ["Here is what I can see:", ...handoffFacts(v, c.order, c.tracking)]
    : [];
}
