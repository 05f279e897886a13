/**
 * "I returned the espresso machine last week, where's my refund?": the customer says the
 * goods went back, and no refund is on the order. What the store knows of the return is
 * told — the return opened and when its refund comes, or that no return was opened, and
 * how the parcel can still be matched to the order — never "if you'd like a refund".
 */
import { REFUND_PROCESSING_DAYS } from "../../domain/policy.ts";
import type { OrderView } from "../../shared/protocol.ts";

/** "I returned it", "sent them back", "i posted it back on monday", "already mailed it back". */
const SENT_BACK =
  /\b(?:i|we|i've|ive|i have|we've)\s+(?:already\s+|just\s+|allready\s+)?(?:returned|retruned|sent|posted|mailed|shipped|dropped)\b(?:\s+(?:it|them|this|that|the\s+\w+(?:\s+\w+)?|my\s+\w+(?:\s+\w+)?))?\s+(?:back|off)\b|\b(?:i|we|i've|ive|i have|we've)\s+(?:already\s+|just\s+)?(?:returned|retruned)\b/i;

/** Whether the customer says they have sent the goods back. */
export function saysSentBack(text: string): boolean {
  return SENT_BACK.test(text);
}

/**
 * The sentences for a refund asked after the goods were sent back, when the order has none
 * yet; null when the customer does not say they sent anything back.
 */
export function sentBackFacts(text: string, order: OrderView): string[] | null {
  if (!saysSentBack(text) || (order.refunded_amount ?? 0) > 0) return null;
  if (order.return_id) {
    return [
      `Return ${order.return_id} for order ${order.id} is open, and no refund has been issued yet: ` +
      "it's issued once the parcel is back with us and checked.",
      `It then reaches your original payment method within ${REFUND_PROCESSING_DAYS} business days.`,
    ];
  }
  return [
    `I don't see a return opened for order ${order.id}, so nothing has been refunded on it yet.`,
    "If you sent it back without our prepaid label, send me the tracking number of your " +
    "parcel and a colleague will match it to your order; if it hasn't gone yet, I can open " +
    "the return and email you a prepaid label.",
  ];
}
