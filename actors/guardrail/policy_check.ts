/**
 * Policy: a reply promises nothing beyond the store's policy — no guaranteed delivery
 * dates, no refunds outside the window (or of everything), no compensation above the
 * tier's goodwill limit. Offending sentences are replaced with what the policy says.
 */
import type { GuardrailIssue } from "../../shared/protocol.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { GOODWILL_CREDIT_LIMITS, policyMoney, REFUND_WINDOW_DAYS } from "../../domain/policy.ts";
import { daysSince } from "../../domain/format.ts";
import { type Check, fixed, quote } from "./check.ts";
import { amountValues, orderIdsIn } from "../../domain/facts.ts";
import { joinSentences, splitSentences } from "./sentences.ts";

const NEGATED = /\b(can'?t|cannot|can not|won'?t|not|never|unable|isn'?t|aren'?t|no longer)\b/i;
const GUARANTEE =
  /\bguarantee[ds]?\b|\bpromise\b.*\b(arriv|deliver|get there|be there)|\b(definitely|certainly|surely|for sure|100%)\b.*\b(arriv|deliver)|\b(arriv|deliver)\w*\b.*\b(definitely|for sure|guaranteed)\b/i;
const REFUND_PROMISE = /\b(refund|money back|reimburse)/i;
const PROMISE_VERBS =
  /\b(i'?ll|i will|i can|i'?ve|i have|we'?ll|we will|we can|we'?ve|we have|you'?ll (get|receive)|approved|on its way|processed|issued|going to)\b/i;
/** A refund of everything; not "everything stays as it is" beside a refund of one order. */
const EVERYTHING =
  /\b(everything(?! (?:else|stays|stay|remains|will stay|is left|as it is))|all (of )?(your|the|my) orders|every order|all orders)\b/i;
const COMPENSATION = /\b(credit|voucher|gift card|compensat\w*|coupon|goodwill|store credit)\b/i;
const OFFER = /\b(i'?d like to|we'?d like to|let me|as a gesture|here'?s|offer(ing)?)\b/i;
const DISCOUNT = /\b\d{1,3}\s?% (off|discount)|\b\d{1,3}\s?percent (off|discount)/i;

function orderOf(
  sentence: string,
  orders: readonly OrderView[],
  current: OrderView | null,
): OrderView | null {
  const ids = orderIdsIn(sentence);
  return orders.find((o) => ids.includes(o.id)) ?? current;
}

/**
 * An order whose refund is no promise to police: one already refunded (a sentence about it
 * tells what was done — "We've refunded 59.00 USD on order ORD-10365") or one whose return
 * the store has taken back (its refund is owed, whenever the goods were delivered).
 */
function refundSettled(order: OrderView): boolean {
  return (order.refunded_amount ?? 0) > 0 || order.status === "returned" ||
    order.status === "refunded";
}

/** Replaces promises beyond the policy with the policy's own words. */
export const policyCheck: Check = ({ text, msg, now }) => {
  const c = msg.payload.context;
  const orders = c?.orders ?? [];
  const current = c?.order_lookup === "found" ? c.order : null;
  const tier = c?.customer?.tier ?? "standard";
  const limit = GOODWILL_CREDIT_LIMITS[tier];
  const issues: GuardrailIssue[] = [];
  const out: string[] = [];
  const added = new Set<string>();
  const replace = (s: string, why: string, instead: string) => {
    issues.push(fixed("policy", `Replaced ${quote(s)}: ${why}`));
    if (!added.has(instead)) out.push(instead);
    added.add(instead);
  };
  for (const s of splitSentences(text)) {
    if (GUARANTEE.test(s) && !NEGATED.test(s)) {
      replace(
        s,
        "a guaranteed delivery date",
        "Delivery dates are the carrier's estimates, so I can't guarantee a specific day.",
      );
      continue;
    }
    if (REFUND_PROMISE.test(s) && PROMISE_VERBS.test(s) && !NEGATED.test(s)) {
      if (EVERYTHING.test(s)) {
        replace(
          s,
          "a refund of everything",
          "Refunds are decided order by order, under our refund policy.",
        );
        continue;
      }
      const order = orderOf(s, orders, current);
      if (
        order?.delivered_at && daysSince(order.delivered_at, now) > REFUND_WINDOW_DAYS &&
        !refundSettled(order)
      ) {
        replace(
          s,
          `a refund of ${order.id}, delivered more than ${REFUND_WINDOW_DAYS} days ago`,
          `Refunds are possible within ${REFUND_WINDOW_DAYS} days of delivery, and order ${order.id} is past that window.`,
        );
        continue;
      }
    }
    if (COMPENSATION.test(s) && (PROMISE_VERBS.test(s) || OFFER.test(s)) && !NEGATED.test(s)) {
      const over = amountValues(s).find((a) => a > limit + 0.005);
      if (over !== undefined || DISCOUNT.test(s)) {
        replace(
          s,
          over !== undefined
            ? `compensation of ${over} above the ${tier} limit of ${limit}`
            : "a discount beyond policy",
          `Any goodwill credit on your account is limited to ${policyMoney(limit)}.`,
        );
        continue;
      }
    }
    out.push(s);
  }
  return { text: joinSentences(out), issues };
};
