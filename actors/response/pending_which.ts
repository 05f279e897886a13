/**
 * "Wait, which order is that?" while a change waits for a yes: the order it is about —
 * its id, when it was placed, what is in it, its total and where it stands — then the
 * change is asked about again. A question is never taken for an unclear yes or no. Pure.
 */
import type { Draft, Tone, TurnView } from "./view.ts";
import { draft, PARAGRAPH } from "./view.ts";
import { formatDate, formatMoney, itemsText, statusWords } from "../../domain/format.ts";
import { pendingQuestion } from "./pending_again.ts";

/** "Which order is that?", "what order?", "which one was it", "what's in that order?" */
const WHICH_ORDER =
  /\b(?:which|what)\s+(?:order|one|parcel|package)\b(?!\s+(?:should|do|would|can|to)\b)|\bwhat(?:'s| is| was)\s+in\s+(?:that|this|it|the order)\b|\bwhat did i order\b|\bremind me what\b/i;

/** Whether the message asks which order the waiting change is about. */
export function asksWhichOrder(text: string): boolean {
  return WHICH_ORDER.test(text);
}

/** The reply naming the waiting change's order, or null when the message asks no such thing. */
export function pendingOrderNamed(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now || !asksWhichOrder(v.text)) return null;
  const order = v.context?.orders.find((o) => o.id === p.action.order_id);
  if (!order) return null;
  return draft("pending_order_named", tone, [
    `It's order ${order.id}, placed on ${formatDate(order.placed_at, v.now)}: ${
      itemsText(order)
    }, ${formatMoney(order.total, order.currency)}, ${statusWords(order.status)}.`,
    PARAGRAPH,
    `I haven't changed anything yet — ${pendingQuestion(v, p)}`,
  ]);
}
