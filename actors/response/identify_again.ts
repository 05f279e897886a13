/**
 * A guest asked for the email they ordered with answers with something else — the order number
 * ("its ORD-1003"), or the request itself ("i want to cancel it"): the same two sentences were
 * sent again word for word, as if nothing had been said. The reply takes in what was given and
 * asks once more, briefly, for what is still missing. (No order id is said back: a guest's
 * reply names no order until they are signed in.) Pure.
 */
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Our last reply asked a guest for the email they ordered with. */
const ASKED_EMAIL = /\bemail address you ordered with\b/i;

/** The guest's second answer without the email, or null on the first ask. */
export function identifyAgain(v: TurnView, tone: Tone): Draft | null {
  if (!v.guest || v.signInCodeSent || !ASKED_EMAIL.test(v.replied ?? "")) return null;
  const numbered = v.entities.order_ids.length > 0;
  return draft("identify_again", tone, [
    numbered
      ? "Thanks — I've noted the order number."
      : "I can help with that as soon as I know it's you.",
    "Orders are private, so I still need the email address you ordered with (or please sign " +
    "in); then I'll take it from there.",
  ]);
}
