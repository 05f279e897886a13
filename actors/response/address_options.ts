/**
 * "Ok what can i do then", "so what are my options" after a refused change of address (the
 * order has shipped, or been delivered): what can still be done, rather than the refusal said
 * again — the carrier's own redirect or pickup point while it is on its way, a return once it
 * is delivered (within its window), and a colleague when the customer wants one. Nothing is
 * proposed: the customer says which. Null when the message asks no such thing. Pure.
 */
import { asksOptions } from "../../domain/assistant_asked.ts";
import { canReturn, parcelLost, returnDeadline } from "../../domain/eligibility.ts";
import { formatDate } from "../../domain/format.ts";
import { RETURN_WINDOW_DAYS } from "../../domain/policy.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { type Draft, draft, type Tone, trackingFor, type TurnView } from "./view.ts";

const COLLEAGUE = "- if you'd like a colleague to look into it with the carrier, just ask for " +
  "one and I'll pass the conversation on.";

/** What can be done about an order whose address can no longer be changed, or null. */
export function addressOptions(v: TurnView, tone: Tone, order: OrderView): Draft | null {
  if (!asksOptions(v.text)) return null;
  if (order.status === "shipped" && !parcelLost(order, trackingFor(v, order))) {
    const carrier = order.carrier ?? "the carrier";
    return draft("address_options", tone, [
      `Order ${order.id} is already on its way, so I can't change its address any more. ` +
      "Here's what you can do:",
      `- ask ${carrier} to redirect it or hold it at a pickup point` +
      (order.tracking_number
        ? `: look up tracking number ${order.tracking_number} on their website;`
        : ";"),
      `- once it's delivered, you can return it within ${RETURN_WINDOW_DAYS} days for a refund;`,
      COLLEAGUE,
    ]);
  }
  if (order.status !== "delivered") return null;
  const until = returnDeadline(order);
  const returnable = canReturn(order, v.now).ok;
  return draft("address_options", tone, [
    `Order ${order.id} has already been delivered, so its address can't be changed. ` +
    "Here's what you can do:",
    ...(returnable
      ? [
        `- if you don't want it, I can start a return` +
        `${until ? ` (you have until ${formatDate(until, v.now)})` : ""}, and the refund ` +
        "follows once it's back with us;",
      ]
      : []),
    "- if it didn't reach you, tell me and I'll look into it;",
    COLLEAGUE,
  ]);
}
