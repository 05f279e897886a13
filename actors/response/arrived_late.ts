/**
 * A delivered order told to have come late ("my espresso machine came a week late"): the
 * shopper has it, so no search at the door. Sorry, when it was delivered, and — if it is no
 * use now — a free return, the refund once it's back. One proposal. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { ARRIVED_LATE_REASON } from "../../domain/arrived_late.ts";
import { canReturn, returnDeadline } from "../../domain/eligibility.ts";
import { formatDate } from "../../domain/format.ts";
import { confirmPrompt } from "./tone.ts";
import { linesMeant } from "./lines_meant.ts";
import { linesText, returnParams } from "./return_items.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** The reply to goods told to have come late, with a free return offered while it can be. */
export function arrivedLateReply(
  v: TurnView,
  tone: Tone,
  o: { order: OrderView; open: string },
): Draft {
  const { order, open } = o;
  const on = order.delivered_at ? ` on ${formatDate(order.delivered_at, v.now)}` : "";
  const told = `I'm sorry order ${order.id} reached you later than you needed — it was ` +
    `delivered${on}.`;
  if (!canReturn(order, v.now).ok) {
    return draft("delivery_arrived_late", tone, [
      open,
      told,
      "If you'd like, a member of our team can look at what held it up with you.",
    ]);
  }
  const until = returnDeadline(order);
  // "My espresso machine came a week late": the machine's return, the frother kept.
  const meant = linesMeant(v, order);
  const lines = meant.length > 0 && meant.length < order.items.length ? meant : null;
  return draft("delivery_arrived_late", tone, [
    open,
    told,
    `If it's no use to you now, I can start a free return of ${
      lines ? `${linesText(lines)} from order ${order.id}` : `order ${order.id}`
    }: you'd get a prepaid label, and the refund follows once it's back with us` +
    (until ? ` (you have until ${formatDate(until, v.now)}).` : "."),
    confirmPrompt(v),
  ], [
    propose("return_item", order.id, {
      reason: ARRIVED_LATE_REASON,
      ...(lines ? { items: returnParams(lines) } : {}),
    }),
  ]);
}
