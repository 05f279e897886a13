/**
 * "I returned the espresso machine last week, where's my refund?": the customer says the
 * goods went back, and no refund is on the order. What the store knows of the return is
 * told — the return opened and when its refund comes, or that no return was opened, and
 * how the parcel can still be matched to the order — never "if you'd like a refund". The
 * same for a refund said to be late ("my refund hasn't come through") that was never issued.
 */
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { backUnrefunded, backUnrefundedFacts } from "./returned_unrefunded.ts";

/** "I returned it", "sent them back", "i posted it back on monday", "already mailed it back". */
const SENT_BACK =
  /\b(?:i|we|i've|ive|i have|we've)\s+(?:already\s+|just\s+|allready\s+)?(?:returned|retruned|sent|posted|mailed|shipped|dropped)\b(?:\s+(?:it|them|this|that|the\s+\w+(?:\s+\w+)?|my\s+\w+(?:\s+\w+)?))?\s+(?:back|off)\b|\b(?:i|we|i've|ive|i have|we've)\s+(?:already\s+|just\s+)?(?:returned|retruned)\b/i;

/** "Hasn't come through", "still waiting for", "never got", "was supposed to come": a refund awaited. */
const AWAITED =
  /\b(?:has ?n[o']?t|has not|have ?n[o']?t|have not|never|not yet|still not)\s+(?:\w+\s+){0,3}?(?:come|came|arrived|received|got|gotten|shown up|showed up|landed|hit|reached)\b|\bstill waiting\b|\bwas supposed to (?:come|arrive|be)\b|\bstill (?:no|nothing)\b/i;

/** "I already have a return open", "i started a return for it right?": a return believed open. */
const RETURN_BELIEVED =
  /\b(?:i|we)\s+(?:already\s+|just\s+)?(?:have|had|opened|started|made|requested|filed|set up)\s+(?:a\s+|the\s+)?return\b|\bthe return (?:is|was) (?:already )?(?:open|opened|started)\b|\bstatus of (?:the|my) (?:\w+ )?return\b|\b(?:my|the) (?:\w+ )?return(?:'s)? status\b/i;

/** Whether the customer says a return is already open ("i already have a return open, right?"). */
export function believesReturnOpen(text: string): boolean {
  return RETURN_BELIEVED.test(text) && !saysSentBack(text);
}

/** Whether the customer says they have sent the goods back. */
export function saysSentBack(text: string): boolean {
  return SENT_BACK.test(text);
}

/**
 * The sentences for a refund asked after the goods were sent back, when the order has none
 * yet; null when the customer does not say they sent anything back.
 */
export function sentBackFacts(text: string, order: OrderView): string[] | null {
  if ((order.refunded_amount ?? 0) > 0) return null;
  if (backUnrefunded(order)) return backUnrefundedFacts(order);
  if (believesReturnOpen(text)) return returnFacts(order);
  if (!saysSentBack(text)) return AWAITED.test(text) ? awaitedFacts(order) : null;
  if (order.return_id) {
    return [
      `Return ${order.return_id} for order ${order.id} is open, and no refund has been issued yet: ` +
      "it's issued once the parcel is back with us and checked.",
      `It then reaches your original payment method within ${REFUND_PROCESSING_DAYS} business days.`,
    ];
  }
  return [
    `I don't see a return opened for order ${order.id}, so nothing has been refunded on it yet.`,
    "If you sent it back without our prepaid label, I can pass this to a colleague, who will " +
    "match your parcel to the order and refund it (its tracking number helps).",
  ];
}

/**
 * Whether the reply offers a colleague's check (proposed as `escalate_supervisor`, for a
 * yes): a refund awaited, or goods sent back, with no refund issued and no return opened.
 */
export function refundCheckOffered(text: string, order: OrderView): boolean {
  if (backUnrefunded(order)) return true;
  if ((order.refunded_amount ?? 0) > 0 || order.return_id) return false;
  if (believesReturnOpen(text)) return false;
  return saysSentBack(text) || AWAITED.test(text);
}

/** A refund awaited that was never issued: what the order shows, and who can look further. */
function awaitedFacts(order: OrderView): string[] {
  return [
    `I don't see a refund issued on order ${order.id}` +
    (order.return_id
      ? `; its return ${order.return_id} is open, and the refund is issued ` +
        "once the parcel is back with us."
      : ", nor a return opened for it, so nothing has been paid back yet."),
    order.return_id
      ? `It then reaches your original payment method within ${REFUND_PROCESSING_DAYS} business days.`
      : "If you were promised one, or sent the items back, I can pass this to a colleague, " +
        "who will check it with you.",
  ];
}

/** A return believed open: the one on record and when its refund comes, or that there is none. */
function returnFacts(order: OrderView): string[] {
  return order.return_id
    ? [
      `Yes — return ${order.return_id} for order ${order.id} is open. The refund is issued once ` +
      "the parcel is back with us and checked.",
      `It then reaches your original payment method within ${REFUND_PROCESSING_DAYS} business days.`,
    ]
    : [
      `I don't see a return opened for order ${order.id} yet, so nothing has been refunded on it.`,
    ];
}
