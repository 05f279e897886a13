/**
 * Compensation asked for in a customer's words ("can I get some compensation?", "what
 * about a discount code?", "a voucher for the trouble") and whether the order gives
 * grounds for it: trouble with its delivery or its goods. Support then offers the tier's
 * goodwill credit (`GOODWILL_OFFERS`) rather than a person or a clarifying question.
 */
import type { OrderView, Tier, TrackingView } from "../shared/protocol.ts";
import { GOODWILL_OFFERS } from "./policy.ts";
import { goodsProblem } from "./problems.ts";

/** Words that ask for something to make up for trouble. */
const COMPENSATION =
  /\b(?:compensat\w*|discount(?:\s+code)?s?|vouchers?|coupons?|promo(?:\s+code)?|gift\s+card|store\s+credit|credit\s+(?:on|to)\s+my\s+account|goodwill|gesture|make\s+(?:it|this|that)\s+up\s+to\s+me|make\s+up\s+for\s+(?:it|this|that|the\s+\w+)|something\s+for\s+the\s+(?:trouble|inconvenience|hassle|wait))\b/i;
/** The ask turned down or asked about in general ("no need for a voucher", "do you have discount codes for students"). */
const NOT_ASKED =
  /\b(?:no|don'?t|do not|dont|never)\s+(?:need|want)\s+(?:\w+\s+){0,2}(?:compensat\w*|discount|voucher|coupon|credit)|\b(?:students?|newsletter|first[- ]orders?|first[- ]time|new customers?|welcome|black friday|sale)\b|\b(?:pay|paying|paid|use|using|redeem|buy|balance)\b[^.?!]{0,25}\b(?:gift\s+card|voucher|coupon|store\s+credit|discount\s+code|promo\s+code)\b|\b(?:gift\s+card|voucher|coupon|discount\s+code|promo\s+code)\b[^.?!]{0,20}\b(?:doesn'?t|does not|didn'?t|won'?t|not)\s+work/i;

/**
 * Some money back with the goods kept: "a partial refund", "some money off", "knock a bit off".
 * The store makes no partial refund; its goodwill credit is that (a full refund is for goods
 * sent back, lost or come broken, and is asked as such).
 */
const PARTIAL =
  /\b(?:partial(?:ly)?\s+refund\w*|refund\s+(?:me\s+)?(?:part|some)\s+of\s+(?:it|the\s+(?:price|cost|money))|(?:some|a\s+bit\s+of)\s+money\s+off|money\s+off|price\s+(?:reduction|cut)|reduced\s+price|knock\s+(?:some|a\s+bit|something)\s+off)\b/i;

/** Whether the message asks for some money back while keeping the goods. */
export function asksPartialRefund(text: string): boolean {
  return PARTIAL.test(text) && !NOT_ASKED.test(text);
}

/** Whether the message asks for compensation, a discount or a voucher for itself. */
export function asksForCompensation(text: string): boolean {
  return (COMPENSATION.test(text) || PARTIAL.test(text)) && !NOT_ASKED.test(text);
}

/** Tracking states that mean the delivery went wrong. */
const TROUBLED_TRACKING = /^(?:exception|delayed|lost|failed_attempt|returned_to_sender)$/;

/** Whether an order had trouble that warrants a goodwill gesture: its delivery, or its goods. */
export function orderHadTrouble(
  order: OrderView,
  tracking: TrackingView | null,
  text: string,
): boolean {
  if (order.reported_issue) return true;
  if (
    tracking && tracking.number === order.tracking_number && TROUBLED_TRACKING.test(tracking.status)
  ) {
    return true;
  }
  return order.status === "delivered" && goodsProblem(text) !== null;
}

/** The credit offered to a customer of `tier`. */
export function goodwillOffer(tier: Tier): number {
  return GOODWILL_OFFERS[tier];
}
