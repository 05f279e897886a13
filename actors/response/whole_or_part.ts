/**
 * "Wait, does that cancel the whole thing or just the dock?" while the cancellation of a whole
 * order of several lines waits: it is the whole order — said with its lines — and taking off
 * only the goods named is offered in its place, for the customer to ask. Nothing is proposed
 * anew and the cancellation still waits for its yes or no. Pure.
 */
import { linesNamed } from "../../domain/item_words.ts";
import { pendingOrder } from "./pending_details.ts";
import { linesText } from "./return_items.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The whole order, or only some of it, asked about: "the whole thing or just the dock?". */
const WHOLE_OR_PART =
  /\b(?:whole|entire|all of it|everything|the lot|all the (?:items|stuff|things))\b[^?]{0,40}\bor\b[^?]{0,20}\b(?:just|only)\b|\b(?:just|only) (?:the )?[\w -]{2,30}\bor\b[^?]{0,20}\b(?:whole|entire|everything|all of it)\b/i;

/** The answer to whether the waiting cancellation is of the whole order, or null. */
export function wholeOrPart(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || p.action.type !== "cancel_order" || Array.isArray(p.action.params.items)) return null;
  if (!WHOLE_OR_PART.test(v.text)) return null;
  const order = pendingOrder(v, p);
  if (!order || order.items.length < 2) return null;
  const named = linesNamed(v.text, order.items);
  const part = named.length > 0 && named.length < order.items.length ? named : null;
  const which = part ? linesText(part) : "only some of the items";
  return draft("pending_whole_or_part", tone, [
    `It would cancel the whole order ${order.id} — ${linesText(order.items)}.`,
    `If you'd rather keep the rest, I can take off ${which} instead: just say so. Nothing has ` +
    "been changed yet.",
    `Or shall I cancel the whole order ${order.id}? Reply yes or no.`,
  ]);
}
