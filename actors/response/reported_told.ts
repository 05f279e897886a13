/**
 * A reply about an order whose goods the customer said came damaged, faulty or wrong says
 * that it heard it: the holding reply of the handoff the report opened ("you've told us the
 * Stand Mixer arrived damaged"), and a later "what's the status of my stand mixer?" (its
 * delivery date alone reads as if nothing had been said). Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { goodsProblem } from "../../domain/problems.ts";
import { type Reported, reportedWords } from "../../domain/reported_problem.ts";
import type { TurnView } from "./view.ts";

/** What a handoff's holding reply says of a problem the message itself reports, or null. */
export function reportedInHandoff(v: TurnView, order: OrderView): string | null {
  if (v.intent !== "delivery_problem" && v.intent !== "complaint") return null;
  if (order.status !== "delivered" && !order.delivered_at) return null;
  const problem = goodsProblem(v.text);
  if (!problem) return null;
  return `You've told us ${goodsOf(order)} ${reportedWords(problem)}, and our team will see that.`;
}

/** What a status reply says of a problem reported in an earlier turn, or null. */
export function reportedBefore(v: TurnView, order: OrderView): string | null {
  const reported: Reported | null | undefined = v.reported;
  if (!reported || reported.order_id !== order.id || v.intent !== "order_status") return null;
  const told = `You've told us it ${reportedWords(reported.problem)}`;
  return v.openHandoff ? `${told}; that's with our team, who'll sort it out with you.` : `${told}.`;
}

/** "the Stand Mixer", or "it" for an order of several things. */
function goodsOf(order: OrderView): string {
  const items = order.items ?? [];
  return items.length === 1 ? `the ${items[0].name}` : "it";
}
