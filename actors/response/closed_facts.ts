/**
 * The status of an order closed already — cancelled or returned — told with what became of
 * its money (`moneyOfClosed`): nothing charged, the refund made, or none yet. Asked why it
 * was cancelled ("why'd my monitor order get canceled"), the reason the store shows — a
 * payment that didn't go through — or, when it shows none, that plainly and who can look.
 * Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { moneyOfClosed } from "../../domain/eligibility.ts";
import { asksWhyCancelled } from "../../domain/cancelled_why.ts";
import { backUnrefunded } from "./returned_unrefunded.ts";

/** The sentences of a cancelled or returned order's status, or null for any other. */
export function closedFacts(text: string, order: OrderView, label: string): string[] | null {
  if (order.status === "returned") {
    const out = [`Order ${label} has been returned${moneyOfClosed(order)}.`];
    if (backUnrefunded(order)) {
      out.push("It should have been by now — tell me and I'll pass it to a colleague to issue it.");
    }
    return out;
  }
  if (order.status !== "cancelled") return null;
  const out = [`Order ${label} is cancelled${moneyOfClosed(order)}.`];
  if (!asksWhyCancelled(text)) return out;
  if (order.payment_status === "failed" || order.payment_status === "pending") {
    out.push("That is why it was cancelled: an order is only prepared once it is paid.");
  } else {
    out.push(
      "The order doesn't show a reason for the cancellation. If you didn't ask for it, tell " +
        "me and I'll pass it to a colleague to look into.",
    );
  }
  return out;
}
