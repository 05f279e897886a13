/**
 * The answers that come before the FAQ's, in the order they are tried: a parcel of another's
 * received, a price rule, a
 * follow-up on the rule answered just before, how long an unpaid order waits, delivery
 * instructions, what sending a return back costs, and a product looked up in the store — each
 * null when the message asks something else. One list for a message of one request and for
 * each of several.
 */
import { priceReply } from "./price_reply.ts";
import { ruleFollowUpReply } from "./rule_follow_up.ts";
import { holdReply } from "./order_hold.ts";
import { orderDatesReply } from "./order_dates.ts";
import { awayReply } from "./away_reply.ts";
import { deliveryNoteReply } from "./delivery_note.ts";
import { returnCostReply } from "./return_cost.ts";
import { wrongParcelReply } from "./wrong_parcel.ts";
import { catalogueReply } from "./catalogue.ts";
import { faqReply } from "./faq.ts";
import { coverReply } from "./parcel_cover.ts";
import { arrivedFine } from "./arrived_fine.ts";
import { whyIdentify } from "./why_identify.ts";
import { emailGiven } from "./email_given.ts";
import type { Draft, Tone, TurnView } from "./view.ts";

/** The first of the answers before (and including) the FAQ's that fits, or null. */
export function beforeFaqReply(v: TurnView, tone: Tone): Draft | null {
  return whyIdentify(v, tone) ?? emailGiven(v, tone) ?? orderDatesReply(v, tone) ??
    awayReply(v, tone) ??
    arrivedFine(v, tone) ??
    wrongParcelReply(v, tone) ?? priceReply(v, tone) ??
    ruleFollowUpReply(v, tone) ??
    holdReply(v, tone) ??
    deliveryNoteReply(v, tone) ??
    returnCostReply(v, tone) ?? coverReply(v, tone) ?? catalogueReply(v, tone) ??
    faqReply(v, tone);
}
