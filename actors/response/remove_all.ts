/**
 * "Remove the shoes and the bottles from 1003", "take everything off my order", the last item
 * left taken off: every item of the order removed leaves nothing to send — the store cannot
 * keep an order of nothing —
 * so it is the order's cancellation, proposed as that (with the refund said), for its own
 * yes, rather than asked which item. Null when any item is kept or none is removed. Pure.
 */
import type { OrderView } from "../../shared/protocol.ts";
import { formatMoney } from "../../domain/format.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";
import { type ItemChanges, mentions } from "./items.ts";
import { doneRemoval, sameAgain } from "../../domain/done_too.ts";
import { ORDER_NAMED_BY } from "../../domain/item_words.ts";

/** Taking goods off, without a count ("remove one of the bottles" keeps the rest). */
const REMOVES =
  /\b(?:remove|drop|delete|take (?:[a-z]+ )?(?:off|out)|get rid of|don'?t want)\b(?![^.?!]*\b(?:\d{1,2}|one|two|three|less|fewer|only|just|keep)\b)/i;
/** Words that keep something: "i only want the shoes", "keep the shoes", "leave the rest". */
const KEEPS = /\b(?:keep|only want|just want|only need|just need|leave|rest)\b/i;
/** Everything in it named at once. */
const EVERYTHING = /\b(?:everything|all (?:the )?(?:items|things|of it|of them)|both items)\b/i;

/** The cancellation proposed when the message removes every item of `order`, or null. */
export function allRemoved(
  v: TurnView,
  tone: Tone,
  order: OrderView,
  changes: ItemChanges | null = null,
): Draft | null {
  const left = order.items.filter((it) => it.quantity > 0);
  // "Yes and the shoes too" while the bottles' removal waits: the change read sets every line
  // to none, whatever words it took.
  const everyLine = left.length > 0 &&
    left.every((it) => changes?.items.some((c) => c.sku === it.sku && c.quantity === 0));
  if (!everyLine && !removesAll(v, left)) return null;
  const paid = order.payment_status !== "pending" && order.payment_status !== "failed";
  return draft("modify_all_removed", tone, [
    opener(v, tone),
    `Taking ${left.length === 1 ? `the ${left[0].name}` : "every item"} off order ${order.id} ` +
    "leaves nothing to send, so that would be " +
    "cancelling the order.",
    `It hasn't shipped yet, so I can cancel it` +
    (paid
      ? `; the ${formatMoney(order.total, order.currency)} you paid goes back to your ` +
        "original payment method."
      : "."),
    confirmPrompt(v),
  ], [propose("cancel_order", order.id, { reason: "Customer removed every item" })]);
}

/** Whether the words take every item left off ("remove the shoes and the bottles"). */
function removesAll(v: TurnView, left: OrderView["items"]): boolean {
  // "And the shoes too" right after the bottles were taken off is a removal as well.
  if (!REMOVES.test(v.text) && !(doneRemoval(v.done) && sameAgain(v.text))) return false;
  // "Drop the bottles, I only want the shoes", "keep the shoes but…": something is kept.
  if (KEEPS.test(v.text)) return false;
  // The last item left taken off is as much every item as all of them named.
  // "Remove the milk frother from the air fryer order": the fryer names the order, not a line.
  const goods = v.text.replace(ORDER_NAMED_BY, " ");
  return EVERYTHING.test(v.text) ||
    (left.length > 0 && left.every((it) => mentions(goods, it.name, it.sku)));
}
