/**
 * "Can I just change the address instead?" while the cancellation of that order waits:
 * another change asked for in place of the one waiting; or "no, but when will it ship?":
 * the change turned down before another request. The waiting change is dropped
 * (`withdraws_pending`), so that the customer's next "yes" — meant for the new change —
 * never carries out the one they turned from. Pure.
 */
import type { Intent, IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { REQUEST_OF } from "./pending_correction.ts";
import { relabelled } from "./relabel.ts";
import { asksLater } from "../../domain/later_asked.ts";

/** Requests that change an order (the answer to one is proposed for its own yes). */
const CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "delivery_problem",
  "shipping_options",
]);

/** "Instead", "rather", "in place of": the new change replaces the one waiting. */
const INSTEAD =
  /\b(?:instead|rather(?: than| not)?|in place of|in stead|insted|(?:let'?s|lets) not)\b/i;

/**
 * Whether a request read in a reply to a waiting change takes the place of that change:
 * a change to an order, said to be instead of the one waiting.
 */
export function replacesPending(text: string, intent: Intent): boolean {
  // "Can I just pay for it instead?" while its cancellation waits: keeping it, paid.
  return (CHANGES.has(intent) || intent === "payment_methods") && INSTEAD.test(text);
}

/** How sure a request said to replace the waiting change is what it reads as. */
const INSTEAD_CONFIDENCE = 0.8;

/**
 * The reading of a request said instead of the waiting change, or null when it is none: the
 * waiting change dropped, and — "wait actually can I just pay for it instead" — about that
 * order when it names none, as sure as the "instead" makes it (alone it read too unsure to
 * answer). Read unclear as an answer ("actually can you just remove the water bottles
 * instead"), a change other than the one waiting is such a request too.
 */
export function insteadOfPending(
  reading: IntentEnrichment,
  text: string,
  pending: PendingAction,
): IntentEnrichment | null {
  // "Can you do it tomorrow instead?": the same change later, not another in its place.
  if (!replacesPending(text, reading.intent) || asksLater(text)) return null;
  const other = REQUEST_OF[pending.action.type] !== reading.intent;
  const asked = reading.confirmation === "new_request" ||
    (reading.confirmation === "unclear" && other);
  if (!asked) return null;
  const e = reading.entities;
  const named = e.order_ids.length > 0 || (e.order_refs ?? []).length > 0 ||
    (e.item_refs ?? []).length > 0 || (e.state_refs ?? []).length > 0;
  const orderId = pending.action.order_id;
  return {
    ...relabelled(reading, reading.intent, INSTEAD_CONFIDENCE),
    entities: named || !orderId ? e : { ...e, order_ids: [orderId] },
    confirmation: "new_request",
    withdraws_pending: true,
  };
}

/**
 * A reply that opens with a no: "no, but when will it ship?", "nah I'll keep it, …"; or with
 * a call-off after a filler: "ok nvm. when will it ship", "oh wait scratch that, …",
 * "actually forget about it, …".
 */
const LEADING_NO = new RegExp(
  String
    .raw`^\s*(?:(?:ok(?:ay)?|k|oh|ah|hmm+|um+|erm|wait|actually|acc?tually|sorry|well|right|hm)[\s,.!]+)*` +
    String.raw`(?:no+|nope|nah|no thanks|no thank you|(?:i'?ve |i have )?changed my mind|` +
    String.raw`never ?mind|nevermnd|nvm|nm|forget (?:it|that|about (?:it|that)|the \w+)|forgt it|` +
    String.raw`scratch that|ignore (?:that|it|me)|leave it|skip it|no need(?! to)|not anymore|` +
    String.raw`on (?:second|2nd) thoughts?|don'?t worry(?: about (?:it|that))?|` +
    String
      .raw`don'?t (?:cancel|do (?:it|that)|bother|change|return|refund)|i'?ll keep (?:it|them))\b`,
  "i",
);

/**
 * Whether a reply that makes a request of its own turns the waiting change down first ("no
 * I've changed my mind, I'll keep them, but can you tell me when they'll ship?"): the
 * request is answered and the change is dropped, not asked about again.
 */
export function turnsDownFirst(text: string): boolean {
  return LEADING_NO.test(text);
}

/** Readings that ask nothing of their own beside a call-off. */
const ASKS_NOTHING: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "affirm",
  "deny",
  "small_talk",
  "human_agent",
  "complaint",
  "feedback",
]);

/**
 * Whether a reply read as no clear answer opens with a call-off and asks something of its
 * own ("oh wait scratch that, where is 1001 now?"): the waiting change is dropped and the
 * question answered. A call-off alone, or beside nothing asked, is left as it was read.
 */
export function calledOffBeforeQuestion(text: string, reading: IntentEnrichment): boolean {
  return reading.confirmation === "unclear" && turnsDownFirst(text) &&
    !ASKS_NOTHING.has(reading.intent) && reading.confidence >= 0.5;
}
