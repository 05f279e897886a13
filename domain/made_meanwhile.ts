/**
 * A waiting change the store shows made already: the call that carried it out timed out
 * after the store acted, so the order is cancelled or refunded though the conversation still
 * waits for a yes. The response tells the shopper so (`actors/response/went_through.ts`), and
 * the decision router has the execution actor drop the waiting change. Pure.
 */
import type { ContextEnrichment, OrderView, PendingAction } from "../shared/protocol.ts";

/** Whether `order` shows a change of kind `type` made. */
export function showsMade(type: string, order: OrderView): boolean {
  if (type === "cancel_order") return order.status === "cancelled";
  if (type === "refund") return order.payment_status === "refunded" || order.status === "refunded";
  return false;
}

/** Whether the context's order of the waiting change shows it made already. */
export function madeMeanwhile(pending: PendingAction, context: ContextEnrichment | null): boolean {
  const id = pending.action.order_id;
  if (!id || !context) return false;
  const order = context.order?.id === id ? context.order : context.orders.find((o) => o.id === id);
  return !!order && showsMade(pending.action.type, order);
}
