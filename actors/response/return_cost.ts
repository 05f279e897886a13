/**
 * "Why do I need to pay for shipping?", "do I have to pay for the postage?" while a return
 * waits for a yes, or right after one was opened: sending it back costs nothing — the label
 * is prepaid. (Read alone, the words asked for the shipping prices or the ways to pay.) Pure.
 */
import { RETURN_SEND_DAYS } from "../../domain/policy.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Paying for something. */
const PAY = /\b(?:pay|paying|paid|charge[ds]?|charging|cost|costs|fee|fees|free|expensive)\b/i;
/** What sending it back takes. */
const SENDING =
  /\b(?:shipping|postage|post|posting|label|courier|carrier|delivery|send(?:ing)? (?:it|them) back|return(?:ing)?)\b/i;
/** A refund's own amount is another question ("does the refund include shipping?"). */
const REFUND = /\b(?:refund\w*|money back)\b/i;

/** Whether a return is what the conversation is about: waiting for a yes, or just opened. */
function aboutReturn(v: TurnView): boolean {
  if (v.pending?.action.type === "return_item") return true;
  return !v.pending && v.done?.type === "return_item";
}

/** What sending it back costs, said, or null when the message asks something else. */
export function returnCostSentence(v: TurnView): string | null {
  if (!aboutReturn(v) || v.text.length > 160) return null;
  if (!PAY.test(v.text) || !SENDING.test(v.text) || REFUND.test(v.text)) return null;
  const lead = /^\s*(?:but\s+|so\s+|ok\s+)?why\b/i.test(v.text)
    ? "You don't, in fact: sending it back costs you nothing."
    : /\bfree\b/i.test(v.text)
    ? "Yes, it's free: sending it back costs you nothing."
    : "Sending it back costs you nothing.";
  return `${lead} The return label is prepaid: we email it to you, and you send the parcel ` +
    `within ${RETURN_SEND_DAYS} days of getting it.`;
}

/** The reply, or null when the message asks something else. */
export function returnCostReply(v: TurnView, tone: Tone): Draft | null {
  const said = returnCostSentence(v);
  return said ? draft("return_cost", tone, [said]) : null;
}
