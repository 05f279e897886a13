/**
 * "Ok so what can i do", "what are my options now" after the change of an order's items was
 * refused (it has shipped, or been delivered): what can still be done, rather than the refusal
 * said again — more of something is a new order; fewer is a return once it is delivered (now,
 * within its window, when it already is). Nothing is proposed: the customer says which. Null
 * when the message asks no such thing. Pure.
 */
import { asksOptions } from "../../domain/assistant_asked.ts";
import { canReturn, returnDeadline } from "../../domain/eligibility.ts";
import { formatDate } from "../../domain/format.ts";
import { RETURN_WINDOW_DAYS } from "../../domain/policy.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** What can be done about an order whose items can no longer be changed, or null. */
export function itemsOptions(v: TurnView, tone: Tone, order: OrderView): Draft | null {
  if (!asksOptions(v.text)) return null;
  if (order.status !== "shipped" && order.status !== "delivered") return null;
  const returnable = canReturn(order, v.now).ok;
  const until = returnDeadline(order);
  const fewer = order.status === "delivered"
    ? returnable
      ? `to have fewer, I can start a return of what you don't need` +
        `${until ? ` (you have until ${formatDate(until, v.now)})` : ""}, and the refund ` +
        "follows once it's back with us — just tell me which item"
      : null
    : `to have fewer, once it's delivered you can return what you don't need within ` +
      `${RETURN_WINDOW_DAYS} days for a refund of those items`;
  return draft("modify_options", tone, [
    `Order ${order.id} has already ${order.status === "shipped" ? "shipped" : "been delivered"}, ` +
    "so its items can't be changed any more. Here's what you can do:",
    `- to have more of something, place a new order for it (it ships on its own);`,
    ...(fewer ? [`- ${fewer}.`] : []),
  ]);
}
