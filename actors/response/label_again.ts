/**
 * "When do I get the label?", "I lost the label": the label of a return already opened is
 * looked up again in the store (a look-up, carried out at once) and its link follows this
 * reply (`domain/outcomes.ts`); the reply says it was emailed too. Null when none of their
 * orders has a return open: the request is a return to start. Pure.
 */
import { asksLabel } from "../../domain/label_asked.ts";
import { opener } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** The label of the open return the turn is about, or null. */
export function labelAgain(v: TurnView, tone: Tone): Draft | null {
  if (!asksLabel(v.text)) return null;
  const orders = v.context?.orders ?? [];
  const named = v.context?.order_lookup === "found" ? v.context.order : null;
  const open = orders.filter((o) => o.return_id);
  const order = named?.return_id
    ? named
    : open.find((o) => o.id === v.done?.order_id) ?? (open.length === 1 ? open[0] : null);
  if (!order) return null;
  return draft("return_label_again", tone, [
    opener(v, tone),
    `The prepaid label for the return of order ${order.id} was emailed to you when the ` +
    "return was opened (worth a look in the spam folder); here is its link again.",
  ], [propose("return_label", order.id)]);
}
