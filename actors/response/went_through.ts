/**
 * "Did it go through?" after the store failed to confirm an agreed change in time: the change
 * still waits in the conversation, but the store may have made it after all (the call timed out
 * after the store acted). It was asked again as if nothing had happened ("shall I refund
 * 428.00 USD?"), and a yes then met "it has already been refunded". When the order the context
 * read shows the change made, that is what the shopper is told. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { formatMoney } from "../../domain/format.ts";
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import { showsMade } from "../../domain/made_meanwhile.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** What the order shows of the waiting change made, as sentences; null when it shows nothing. */
function madeAlready(type: string, order: OrderView): string[] | null {
  if (!showsMade(type, order)) return null;
  if (type === "cancel_order") return [`order ${order.id} is cancelled.`];
  if (type === "refund") {
    const amount = order.refunded_amount ?? order.total;
    return [
      `order ${order.id} is refunded.`,
      `The ${formatMoney(amount, order.currency)} goes back to your original payment method ` +
      `within ${REFUND_PROCESSING_DAYS} business days.`,
    ];
  }
  return null;
}

/** The reply when the waiting change turns out made already, or null. */
export function wentThroughMeanwhile(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p?.action.order_id) return null;
  const c = v.context;
  const order = c?.order?.id === p.action.order_id
    ? c.order
    : (c?.orders ?? []).find((o) => o.id === p.action.order_id);
  const made = order ? madeAlready(p.action.type, order) : null;
  if (!made) return null;
  const name = v.name ? `, ${v.name}` : "";
  const [first, ...rest] = made;
  return draft("pending_went_through", tone, [
    `Good news${name} — it went through after all: ${first}`,
    ...rest,
    "Nothing more needs doing, and it won't be done twice.",
  ]);
}
