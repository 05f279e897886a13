/**
 * "No, just remove one water bottle", "wait actually no, just take off one of the water
 * bottles" while the whole order's cancellation (or another change of its items) waits: the
 * no turns the waiting change down for another change of the order's items, said in the same
 * breath — a request of its own, which takes the waiting change's place (a "yes" to the
 * cancellation asked again would have cancelled the order). Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import type { ConfirmationReading, ScoredRequest } from "./confirmation.ts";
import { OWN_REQUEST } from "./own_request.ts";

/** The no, the hesitation and the turn back before the new change. */
const LEAD =
  /^\s*(?:(?:wait|hold on|hmm+|um+|actually|sorry|no+|nope|nah|not that|oh|ok(?:ay)?|scratch that|on second thoughts?)\b[\s,.!-]*)+/i;
/** A change of an item's count: one off, one more, a count set. */
const ITEM_CHANGE =
  /\b(?:take\s+(?:off|out)|remove|drop|delete|add|one\s+(?:less|fewer|more)|another|an\s+extra|make\s+it\s+\d+|(?:\d+|one|two|three)\s+(?:more|less|fewer|instead))\b/i;
/** Readings of the words after the no that a change of the items gets. */
const ITEMS_READ = new Set([
  "modify_order",
  "cancel_order",
  "product_question",
  "place_order",
  "other",
]);
/**
 * "Yes but only", "yep, just": a yes said to less than the whole — the goods named after it
 * are all it is a yes to.
 */
const YES_BUT =
  /^\s*(?:yes|yeah|yea|yep|yup|ye|ok(?:ay)?|sure)\b[\s,.!-]*(?:but\s+)?(?=just|only)/i;
/** Changes a no may narrow to goods named, and the request that asks them again. */
const PART_OF: Readonly<Record<string, "refund_request" | "return_item">> = {
  refund: "refund_request",
  return_item: "return_item",
};
/** "Just the frother", "only the milk frother please": goods named, nothing else. */
const ONLY_GOODS =
  /^\s*(?:just|only)\s+(?:the|my)\s+(?!(?:one|ones|other|rest|lot|whole|thing|order)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:please|pls|then|tho|though)?\s*[.!]*\s*$/iu;
/**
 * "Just one pair of the running shoes, I want to keep two", "only one of the bottles": some
 * units of the goods, fewer than the waiting change takes ("just one of them" asks which item).
 */
const ONLY_UNITS =
  /^\s*(?:just|only)\s+(?:one|a single|an?|1|two|2)\s+(?:pairs?\b|of\s+(?:the|my)\s+(?!(?:two|three|four|items?|things?|orders?|ones?)\b)[\p{L}-]{3,}|[\p{L}-]+\s+of\s+(?:the|my)\b)/iu;
/** Changes whose waiting proposal another change of the items may replace. */
const REPLACEABLE = new Set(["cancel_order", "modify_items"]);

/** The item change said after a no to the waiting change, as a new request, or null. */
export function noThenItems(
  reading: ConfirmationReading,
  text: string,
  pending: PendingAction["action"],
  classify: (t: string) => ScoredRequest,
): ConfirmationReading | null {
  if (reading.label !== "deny" && reading.label !== "unclear") return null;
  // "No wait, just the frother", "only the frother" while the whole order's refund or return
  // waits: those goods (without the lead, a yes to the whole would refund the machine too).
  const part = PART_OF[pending.type];
  const no = LEAD.exec(text)?.[0].length;
  const led = no ?? YES_BUT.exec(text)?.[0].length ?? 0;
  const whole = !Array.isArray(pending.params.items);
  const rest = text.slice(led);
  if (part && (led > 0 || whole) && (ONLY_GOODS.test(rest) || ONLY_UNITS.test(rest))) {
    return {
      label: "new_request",
      // After a yes, the narrowed change is the request, whatever the whole reads as ("yep,
      // only the milk frother tho" reads as a question about the frother); after a no, the
      // classifier's own reading of a change of items stands ("no, just one pair…, I want to
      // keep two": fewer of a line, `fewer_returned.ts`).
      reason: no === undefined ? OWN_REQUEST : "the same change narrowed to goods after a no",
      request: { intent: part, confidence: 0.8 },
    };
  }
  const lead = LEAD.exec(text);
  if (!lead || !REPLACEABLE.has(pending.type)) return null;
  const after = text.slice(lead[0].length).replace(/^(?:just|only|instead)\s+/i, "");
  if (after.trim() === "" || !ITEM_CHANGE.test(after)) return null;
  const read = classify(after);
  // The goods' words may lean it to a product question: the change's verb decides.
  if (!ITEMS_READ.has(read.intent)) return null;
  return {
    label: "new_request",
    reason: "another change of the items after a no",
    request: { ...read, intent: "modify_order", confidence: Math.max(read.confidence, 0.8) },
  };
}
