/**
 * "And the total I spent?", "how much have I spent with you": the money the customer's orders
 * took — each order paid and not cancelled, less what was refunded of it. Orders still
 * waiting for their payment are not spent yet and are named apart. Pure.
 */

/** What of an order the sum reads. */
export interface SpentOrder {
  id: string;
  status: string;
  total: number;
  payment_status?: string;
  refunded_amount?: number;
}

/** The sum of the orders that took money, and the ids of those that did not (yet). */
export interface Spent {
  amount: number;
  counted: string[];
  unpaid: string[];
}

/** Words asking how much they spent in all. */
const SPENT_ASKED =
  /\b(?:(?:the )?total (?:(?:that )?i(?:'ve| have)? (?:spent|spend)|(?:amount |money )?(?:i(?:'ve| have)? )?spent|of (?:all )?my orders)|how much (?:money )?(?:have i|did i|i(?:'ve)?|i have) (?:spent|spend|paid)(?: (?:in total|altogether|overall|so far|with you|here|on (?:all )?(?:my )?orders))?|(?:what|how much) (?:have|did) i (?:spend|spent|pay) (?:in total|altogether|overall|so far)|(?:what|how much) i(?:'ve| have)? spent)\b/i;

/** Whether the message asks for the sum of what they spent on their orders. */
export function asksSpent(text: string): boolean {
  return SPENT_ASKED.test(text);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The money `orders` took: paid, not cancelled, less refunds. */
export function spentOn(orders: readonly SpentOrder[]): Spent {
  let amount = 0;
  const counted: string[] = [];
  const unpaid: string[] = [];
  for (const o of orders) {
    if (o.status === "cancelled") continue;
    if (o.payment_status === "pending" || o.payment_status === "failed") {
      unpaid.push(o.id);
      continue;
    }
    amount += o.total - (o.refunded_amount ?? 0);
    counted.push(o.id);
  }
  return { amount: round(amount), counted, unpaid };
}
