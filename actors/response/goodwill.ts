/**
 * Compensation asked for ("can I get some compensation?", "what about a discount code?")
 * about an order that had trouble: an apology and the tier's goodwill credit offered
 * (`domain/compensation.ts`), carried out on the customer's yes. Without trouble on the
 * order, no credit or code is offered and the reply says what the store can do instead.
 */
import {
  asksForCompensation,
  asksPartialRefund,
  goodwillOffer,
  orderHadTrouble,
} from "../../domain/compensation.ts";
import { canRefund, canReplace, parcelLost } from "../../domain/eligibility.ts";
import { formatMoney } from "../../domain/format.ts";
import { asksForReplacement } from "../../domain/intents.ts";
import { confirmPrompt, opener } from "./tone.ts";
import { type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";

/** The reply to a compensation ask about one of the customer's orders, or null when none was made. */
export function goodwillReply(v: TurnView, tone: Tone): Draft | null {
  if (v.guest || !asksForCompensation(v.text)) return null;
  // "Refund me" or "send a new one" asks for the order's own remedy: that comes first.
  // "A partial refund, and I keep it" is this credit: the store refunds no part of an order.
  const partial = asksPartialRefund(v.text);
  if ((v.intent === "refund_request" && !partial) || asksForReplacement(v.text)) return null;
  const c = v.context;
  const order = c?.order_lookup === "found" ? c.order : null;
  if (!order || !c?.customer) return null;
  const tracking = c.tracking && c.tracking.number === order.tracking_number ? c.tracking : null;
  if (!orderHadTrouble(order, tracking, v.text) && !parcelLost(order, tracking)) {
    return draft("goodwill_declined", tone, [
      opener(v, tone),
      `${
        partial ? "We don't refund part of an order's price, and I can't" : "I'm afraid I can't"
      } offer a discount code or credit for order ${order.id}: as far as I ` +
      "can see, nothing has gone wrong with it.",
      "If something is wrong with it, tell me what happened and I'll put it right.",
    ]);
  }
  const amount = goodwillOffer(c.customer.tier);
  const money = formatMoney(amount, order.currency);
  const remedy = parcelLost(order, tracking)
    ? "the refund or the replacement for the lost parcel, which I can arrange as well"
    : canReplace(order, v.now, { tracking, reportsDamage: order.reported_issue === "damaged" })
        .ok ||
        canRefund(order, v.now, tracking).ok
    ? "a refund or a replacement for the order itself, which I can arrange as well"
    : null;
  return draft("goodwill_offered", tone, [
    opener(v, tone === "formal" ? "formal" : "apologetic"),
    partial ? "We don't refund part of an order's price, I'm afraid." : null,
    `As an apology for the trouble with order ${order.id}, I can add a goodwill credit of ${money} ` +
    "to your account, to use on your next order.",
    ...(remedy ? [`It comes on top of ${remedy}: just ask once this is settled.`] : []),
    confirmPrompt(v),
  ], [
    propose("goodwill_credit", order.id, {
      amount,
      reason: `Goodwill for the trouble with order ${order.id}`,
    }),
  ]);
}
