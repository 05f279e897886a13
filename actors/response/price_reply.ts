/**
 * The store's price rule answered with the customer's own figures: "I was charged $349 but I
 * thought the mixer was on sale for $299?" and "so can I get the difference back?" are told
 * what the order was charged for the item (from the order, never the customer's figure), the
 * rule (an order keeps the price shown at checkout), and until when that order could go back
 * for a full refund; "do you price match? the espresso machine is cheaper on amazon" gets our
 * price of it beside the rule. Other price questions get the rule alone
 * (`domain/price_questions.ts`).
 */
import { answerPolicyQuestion, questionParts } from "../../domain/policy_questions.ts";
import type { OrderView } from "../../shared/protocol.ts";
import { priceAsked, priceRuleAnswer } from "../../domain/price_questions.ts";
import { canReturn, returnDeadline } from "../../domain/eligibility.ts";
import { formatDate, formatMoney } from "../../domain/format.ts";
import { closer, opener } from "./tone.ts";
import { type Draft, draft, PARAGRAPH, resolveOrder, type Tone, type TurnView } from "./view.ts";

/** The item of `order` the message names, or its only item; null when it cannot tell. */
function itemNamed(order: OrderView, text: string): OrderView["items"][number] | null {
  const t = text.toLowerCase();
  const named = order.items.filter((i) =>
    i.name.toLowerCase().split(/\s+/).some((w) => w.length > 3 && t.includes(w))
  );
  if (named.length === 1) return named[0];
  return order.items.length === 1 ? order.items[0] : null;
}

/** What the order was charged for the item asked about, in one sentence. */
function chargedLine(order: OrderView, text: string): string {
  const item = itemNamed(order, text);
  if (!item) return `${order.id} was charged ${formatMoney(order.total)} in all.`;
  const each = item.quantity > 1 ? ` each (${item.quantity} of them)` : "";
  // An order still waiting for its payment has charged nothing yet: its price, said so.
  if (order.payment_status === "pending" || order.payment_status === "failed") {
    return `${order.id} is ${formatMoney(item.price)}${each} for the ${item.name} — the price ` +
      "at checkout when you ordered; its payment hasn't reached us yet, so nothing has been " +
      "charged.";
  }
  return `On ${order.id} you paid ${formatMoney(item.price)}${each} for the ${item.name} — ` +
    "the price at checkout when you ordered.";
}

/** Until when the order can go back for a full refund, or null when it no longer can. */
function returnLine(v: TurnView, order: OrderView): string | null {
  const ref = resolveOrder(v);
  const tracking = ref.kind === "found" ? ref.tracking : null;
  if (!canReturn(order, v.now, tracking).ok) return null;
  const until = returnDeadline(order);
  return `If you'd rather not keep it at that price, ${order.id} can be returned${
    until ? ` until ${formatDate(until, v.now)}` : ""
  } for a full refund — just say if you'd like to.`;
}

/**
 * The order a price question is about: the one it names, or else the one the conversation is
 * on ("so can I get the difference back?" right after the mixer's price); null for a guest.
 */
function orderAsked(v: TurnView): OrderView | null {
  if (v.guest || !v.context) return null;
  const ref = resolveOrder(v);
  if (ref.kind === "found") return ref.order;
  const focus = v.told?.order_id ?? v.mentioned?.at(-1) ?? null;
  return v.context.orders.find((o) => o.id === focus) ?? null;
}

/** The reply to a question about the price rule, or null when none is asked. */
export function priceReply(v: TurnView, tone: Tone): Draft | null {
  if (v.intent !== "policy_question") return null;
  const kind = priceAsked(v.text);
  const answer = priceRuleAnswer(v.text);
  if (!kind || !answer) return null;
  // "Whats the warranty and do you price match": two rules asked, both answered elsewhere.
  const others = questionParts(v.text).filter((part) =>
    priceAsked(part) === null && answerPolicyQuestion(part) !== null
  );
  if (kind === "price_match" && others.length > 0) return null;
  // The rule is no apology: a neutral opening, whatever else troubles them.
  const open = opener(v, "neutral");
  const order = kind === "charged_more" || kind === "price_difference" ? orderAsked(v) : null;
  const product = kind === "price_match" && v.context?.catalogue?.lookup === "found"
    ? v.context.catalogue.products[0] ?? null
    : null;
  const rule = order && kind === "price_difference"
    ? answer.paragraphs.slice(0, 1)
    : answer.paragraphs;
  const back = order ? returnLine(v, order) : null;
  return draft(`policy_${kind}`, tone, [
    open,
    ...(open ? [PARAGRAPH] : []),
    // "Can I get the difference back?": the rule's answer first, then the order's figures.
    ...(order && kind === "price_difference" ? [...rule, chargedLine(order, v.text)] : []),
    ...(order && kind === "charged_more" ? [chargedLine(order, v.text), ...rule] : []),
    ...(order ? [] : rule),
    ...(product ? [`The ${product.name} is ${formatMoney(product.price)} with us.`] : []),
    PARAGRAPH,
    back ?? closer(v),
  ]);
}
