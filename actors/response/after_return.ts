/**
 * "Do I need to print a label?", "where do I drop it off?" right after a return was opened:
 * a question about that return, answered — not a new return of the rest of the order
 * proposed (a yes would have opened a second one).
 */
import { REFUND_PROCESSING_DAYS, RETURN_SEND_DAYS } from "../../domain/policy.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The label, the parcel and where it goes: how a return is sent. */
const HOW_SENT =
  /\b(?:label|print(?:er|ed|ing)?|drop(?:\s+it)?\s+off|drop-?off|post office|pick ?up|courier|packag\w*|box|tape|send (?:it|them) back|ship (?:it|them) back|mail (?:it|them) back)\b/i;
/** Asked, not requested: a question mark or a question's first words. */
const ASKED =
  /\?\s*$|^(?:and\s+|so\s+|ok(?:ay)?,?\s+)?(?:do|does|how|where|what|can|should|will|is|am)\b/i;
/** Another return asked for ("return the frother too"): a request of its own. */
const MORE = /\b(?:too|as well|also|another|the rest|both|everything)\b/i;

/** "Can I exchange it for a different model instead?": a swap, which the store does not do. */
const SWAP =
  /\b(?:exchang\w*|swap\w*|trade (?:it|them) in|(?:a |another |the )?(?:different|other|another) (?:model|one|colou?r|size|version))\b/i;

/** The answer to a swap asked for right after a return was opened, or null. */
function swapAfterReturn(v: TurnView, tone: Tone, id: string): Draft | null {
  if (
    !SWAP.test(v.text) ||
    !ASKED.test(v.text.trim().replace(/^(?:wait|oh|hmm+|actually)[\s,.!]+/i, ""))
  ) {
    return null;
  }
  return draft("return_swap", tone, [
    opener(v, tone),
    `We don't swap items directly. The return for order ${id} is open: once the parcel is ` +
    `back with us, the refund reaches your original payment method within ` +
    `${REFUND_PROCESSING_DAYS} business days, and you can order the model you'd like ` +
    "whenever suits you.",
    closer(v),
  ]);
}

/** The answer to a question about how to send back the return just opened, or null. */
export function returnQuestionAfterDone(v: TurnView, tone: Tone): Draft | null {
  if (v.pending || v.done?.type !== "return_item" || !v.done.order_id) return null;
  // "Wait, can I exchange it for a different model instead?": how a swap is done here.
  const swap = swapAfterReturn(v, tone, v.done.order_id);
  if (swap) return swap;
  if (!HOW_SENT.test(v.text) || !ASKED.test(v.text.trim()) || MORE.test(v.text)) return null;
  const id = v.done.order_id;
  return draft("return_how_to_send", tone, [
    opener(v, tone),
    `The return for order ${id} is open. Print the prepaid return label (the link is in my ` +
    "message above, and we've emailed it to you too), stick it on the parcel, and hand it to " +
    `the carrier within ${RETURN_SEND_DAYS} days; it costs you nothing.`,
    `Once the parcel is back with us, the refund reaches your original payment method within ` +
    `${REFUND_PROCESSING_DAYS} business days.`,
    closer(v),
  ]);
}
