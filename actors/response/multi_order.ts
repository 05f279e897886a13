/**
 * One order for the requests of one message that name none: "where's my order and send me
 * the invoice" asks about one order, so when one request lands on a single order (the only
 * one with an invoice) and another would ask "which order?", the other is answered for the
 * same order. Each request named by its own id or product keeps its own. Pure.
 */
import { parcelOf } from "./parcel_of.ts";
import type { IntentRequest, OrderView } from "../../shared/protocol.ts";
import { orderIdsIn } from "../../domain/facts.ts";
import type { Draft, TurnView } from "./view.ts";

/** The template of a reply that asks which order is meant. */
const WHICH = "which_order";

/** A part that points back at an order with a pronoun: "speed it up", "send them faster". */
const IT = /\b(?:it|them|that one|this one)\b/i;

/** A view of the request narrowed to `order`, as if the customer had named it. */
function onOrder(sub: TurnView, order: OrderView): TurnView {
  const c = sub.context!;
  return {
    ...sub,
    context: { ...c, order, order_lookup: "found", tracking: parcelOf(c, order) },
    entities: { ...sub.entities, order_ids: [order.id] },
  };
}

/** The views of a message's requests and their drafts. */
export interface Answered {
  subs: TurnView[];
  drafts: Draft[];
}

/**
 * The requests' views and drafts, those that asked "which order?" answered again for the
 * one order the others that name no order landed on, when they landed on exactly one.
 */
export function onOneOrder(
  subs: readonly TurnView[],
  requests: readonly IntentRequest[],
  render: (v: TurnView) => Draft,
): Answered {
  const drafts = subs.map(render);
  const unnamed = (i: number) =>
    subs[i].entities.order_ids.length === 0 && orderIdsIn(requests[i].text).length === 0;
  const landed = new Set<string>();
  drafts.forEach((d, i) => {
    if (!unnamed(i) || d.template === WHICH) return;
    const ids = new Set(orderIdsIn(d.text));
    if (ids.size === 1) landed.add([...ids][0]);
    else if (ids.size > 1) landed.add("several");
  });
  const same = { subs: [...subs], drafts };
  if (landed.size !== 1 || landed.has("several")) return same;
  const order = subs[0].context?.orders.find((o) => o.id === [...landed][0]);
  if (!order) return same;
  for (const [i, d] of drafts.entries()) {
    // "Change the address and also speed it up": "it" is the order the address lands on,
    // not the speeds' price list for no order.
    const pointsBack = IT.test(requests[i].text) && orderIdsIn(d.text).length === 0;
    if ((d.template !== WHICH && !pointsBack) || !unnamed(i)) continue;
    same.subs[i] = onOrder(subs[i], order);
    same.drafts[i] = render(same.subs[i]);
  }
  return same;
}
