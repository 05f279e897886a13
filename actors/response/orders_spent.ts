/**
 * "And the total I spent?" of a signed-in customer: the sum of their orders that took money
 * (`domain/orders_spent.ts`), the orders it counts, and those still waiting for their
 * payment or refunded in part said apart. Nothing is proposed. Pure.
 */
import { asksSpent, spentOn } from "../../domain/orders_spent.ts";
import { formatMoney, joinAnd } from "../../domain/format.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The sum spent on their orders, or null when the turn asks for no such sum. */
export function spentReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || !asksSpent(v.text)) return null;
  const orders = v.context?.orders ?? [];
  if (orders.length === 0) return null;
  const s = spentOn(orders);
  const currency = orders[0].currency;
  const refunded = orders.filter((o) => s.counted.includes(o.id) && (o.refunded_amount ?? 0) > 0);
  return draft("orders_spent", tone, [
    opener(v, tone),
    s.counted.length === 0
      ? "None of your orders has been paid for yet, so you haven't spent anything with us so far."
      : `Your ${s.counted.length === 1 ? "order" : "orders"} ${joinAnd(s.counted)} ` +
        `${s.counted.length === 1 ? "comes" : "come"} to ` +
        `${formatMoney(s.amount, currency)} in all.`,
    refunded.length > 0
      ? `That's after the refunds of ${joinAnd(refunded.map((o) => o.id))}.`
      : null,
    s.unpaid.length > 0
      ? `${joinAnd(s.unpaid)} ${s.unpaid.length === 1 ? "is" : "are"} still waiting for payment, ` +
        "so not counted."
      : null,
    closer(v),
  ]);
}
