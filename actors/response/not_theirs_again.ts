/**
 * "Ok can you at least tell me if it shipped" right after we said an order is not on the
 * account (another person's, or a number that is not theirs): not even that — whether an order
 * shipped is that order's data too. Said once more plainly, without asking them to check a
 * number they have already told us is somebody else's; when one of their own orders was in
 * view before, whether that one shipped, in case it is the one they mean.
 */
import type { OrderView } from "../../shared/protocol.ts";
import type { TurnView } from "./view.ts";

/** Whether an order of theirs has shipped, in a few words, by its state. */
function shippedWords(o: OrderView): string {
  switch (o.status) {
    case "shipped":
      return "has shipped";
    case "delivered":
      return "has been delivered";
    case "cancelled":
      return "was cancelled";
    default:
      return "hasn't shipped yet";
  }
}

/** The reply to an order not theirs asked about again. */
export function notTheirsAgain(v: TurnView, id: string): string {
  // (The id stays out of the sentence that speaks of shipping: no state is given for it.)
  const rule = `Order ${id} isn't on your account. I can't share anything about an order on ` +
    "another account — not even whether it has shipped. Whoever placed it can see its tracking in their own account, " +
    "or ask us signed in with their email address.";
  const focus = v.told?.order_id ?? null;
  const own = focus && focus !== id
    ? (v.context?.orders ?? []).find((o) => o.id === focus) ?? null
    : null;
  if (!own) return `${rule} Is there anything about your own orders I can do?`;
  return `${rule} Your own order ${own.id} ${shippedWords(own)}, if that's the one you mean.`;
}
