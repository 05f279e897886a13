/**
 * "Sorry, I meant the other order" while a change waits for a yes: the customer corrects
 * which order the change is for. The confirmation reader sees neither a yes nor a no (or a
 * no: "no, the other one"), so the change stayed pending and the next "yes" acted on the
 * order they had just said was the wrong one. Read here as the same request again, about
 * the order now named, so it is proposed afresh for that order (or refused when that order
 * cannot have it) and waits for its own yes. Pure.
 */
import type { ActionType, Entities, Intent } from "../../shared/protocol.ts";
import { followUpOf } from "./follow_up.ts";
import { namedChanges } from "./change_switch.ts";

/** The request each kind of pending change answers, to ask it again for another order. */
export const REQUEST_OF: Readonly<Partial<Record<ActionType, Intent>>> = {
  cancel_order: "cancel_order",
  refund: "refund_request",
  replacement: "delivery_problem",
  return_item: "return_item",
  return_label: "return_item",
  change_address: "change_address",
  modify_items: "modify_order",
  expedite_order: "shipping_options",
  expedite_delivery: "shipping_options",
};

/** "No, the other one", "wrong order — the other one", "not that one, 1001". */
const NO_THAT_ONE =
  /^(?:(?:no+|nope|nah|wait|sorry|oops|hmm+|actually|my bad)\b[\s,.!—–-]*)*(?:wrong (?:one|order)\b[\s,.!—–-]*|not (?:that|this) (?:one|order)\b[\s,.!—–-]*)?(?:(?:it'?s|its|i want|i need|for|make it|do)\s+)?(?:the|my)\s+other\s+(?:one|order|parcel|package)\b/i;
/** "Wrong order, I meant 1001": a correction that names the order. */
const WRONG_ONE =
  /^(?:(?:no+|nope|sorry|oops)\b[\s,.!—–-]*)*(?:wrong|not (?:that|this)) (?:one|order)\b/i;

/**
 * "Yes for 1001 only", "only 1001", "just order 1001 pls": the change kept to the order
 * named — when that is not the pending one, a correction, never a yes.
 */
const ONLY_THAT =
  /^(?:(?:yes|yeah|yep|yup|ok(?:ay)?|sure|no+|nope)\b[\s,.!]*)?(?:(?:but\s+)?(?:only|just)\s+(?:for\s+|on\s+)?(?:order\s+)?(?:ord-?\s?|#)?\d{3,}|(?:for\s+|on\s+)?(?:order\s+)?(?:ord-?\s?|#)?\d{3,}\s+only)\b/i;

/** "I meant 1001", "sorry, meant ORD-1001": a correction by number alone. */
const MEANT = /^(?:(?:no+|nope|sorry|oops|wait|actually)\b[\s,.!—–-]*)*(?:i )?meant\b/i;
/** An order number as customers write it: "ORD-1001", "#1001", "1001". */
const ORDER_NUMBER = /(?:\bord-?\s?|#|\b)(\d{3,})\b/gi;

/** The most words a correction has: longer messages say what they want themselves. */
const MAX_WORDS = 10;

/** What the reading needs: the message, its entities, and the change that waits. */
export interface PendingCorrectionInput {
  text: string;
  entities: Entities;
  pending: { type: ActionType; order_id: string | null };
}

/**
 * The request to propose again when the message corrects the order the pending change is
 * for, or null. Naming the pending order itself is no correction.
 */
export function correctedRequest(input: PendingCorrectionInput): Intent | null {
  const { text, entities, pending } = input;
  const request = REQUEST_OF[pending.type];
  if (!request) return null;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  // The reading's entities carry the pending order when the message names none: read the text.
  const named = [...text.matchAll(ORDER_NUMBER)].map((m) => m[1]);
  const pendingNumber = pending.order_id?.replace(/^ORD-?/i, "") ?? null;
  if (named.length > 0 && named.every((n) => n === pendingNumber)) return null;
  // "No, I meant return it": another change named, not another order (a switch, read apart).
  if (namedChanges(text).some((c) => c !== pending.type)) return null;
  const corrects = followUpOf(text, entities) === "correction" || NO_THAT_ONE.test(text.trim()) ||
    (WRONG_ONE.test(text.trim()) && named.length > 0) ||
    (MEANT.test(text.trim()) && named.length > 0) ||
    (ONLY_THAT.test(text.trim()) && named.length > 0);
  return corrects ? request : null;
}
