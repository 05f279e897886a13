/**
 * The store's own remedy asked in one part of a message about several orders: "my mixer
 * arrived with a cracked bowl and the vacuum never came. I'd like a replacement for the
 * mixer please", "refund the vacuum and replace the mixer". No single order is in question
 * (the lookup is ambiguous), so the one-order checks (`own_remedy.ts`) see nothing and an
 * upset VIP was handed to a person with nothing offered. Each stretch of the message is
 * read with the order its own goods name (or the one named just before: "refund it"), and
 * a remedy the store can give for that order is offered before a person. Pure.
 */
import type { ContextEnrichment, Message, OrderView } from "../../shared/protocol.ts";
import { clausesOf, ordersNamedByGoods } from "../../domain/goods_named.ts";
import { asksForReplacement, refusesRefund } from "../../domain/intents.ts";
import { askedRemedy } from "./own_remedy.ts";
import { canReplace, parcelLost } from "../../domain/eligibility.ts";
import { reportsIn } from "../../domain/problems.ts";

/** Money back asked in so many words ("refund the vacuum", "I want my money back"). */
const REFUND_ASKED = /\b(?:refund|money back|reimburse)/i;

/** The tracking of `order` the context holds (its own or one looked up beside it). */
function trackingOf(c: ContextEnrichment, order: OrderView) {
  const number = order.tracking_number;
  if (!number) return null;
  if (c.tracking?.number === number) return c.tracking;
  return c.other_tracking?.find((t) => t.number === number) ?? null;
}

/**
 * The reason to offer a remedy asked of one of several orders the message names by their
 * goods, or null when no part asks for one the store can give (or one order is in question).
 */
export function remedyOfParts(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup === "found") return null;
  const text = msg.payload.customer_message.text;
  if (ordersNamedByGoods(context.orders, text).length < 2) return null;
  const options = optionsFor(msg);
  if (options) return options;
  let before: OrderView | null = null;
  for (const { text: clause } of clausesOf(text)) {
    const named = ordersNamedByGoods(context.orders, clause);
    if (named.length > 1) continue;
    const order: OrderView | null = named[0] ?? before;
    before = order;
    if (!order) continue;
    // Asked in so many words: trouble told alone still goes to a person (`own_remedy.ts`).
    const replace = asksForReplacement(clause);
    const refund = !replace && REFUND_ASKED.test(clause) && !refusesRefund(clause);
    if (!replace && !refund) continue;
    const narrowed: Message = {
      ...msg,
      payload: {
        ...msg.payload,
        customer_message: { ...msg.payload.customer_message, text: replace ? text : clause },
        intent: {
          ...intent,
          intent: replace ? "delivery_problem" : "refund_request",
          confidence: 1,
        },
        context: { ...context, order, order_lookup: "found", tracking: trackingOf(context, order) },
      },
    };
    const why = askedRemedy(narrowed);
    if (why) return why;
  }
  return null;
}

/** "What can you do about each?", "what are my options": the remedies asked for, unnamed. */
const OPTIONS_OF_EACH =
  /\bwhat (?:can|could|will|would) (?:you|u) do (?:about|for) (?:each|both|them|all|it|this|that)\b|\bwhat (?:are|r) (?:my|the) options\b|\bwhat (?:can|could|will) (?:you|u) offer\b/i;

/**
 * "The vacuum never arrived and the mixer was damaged. What can you do about each?": the
 * remedies asked for without naming one. When an order the message names by its goods is
 * lost or came damaged, the store's remedies are offered for the customer to choose.
 */
function optionsFor(msg: Message): string | null {
  const { context } = msg.payload;
  const text = msg.payload.customer_message.text;
  if (!context || !OPTIONS_OF_EACH.test(text)) return null;
  const now = new Date(msg.created_at);
  for (const { text: clause } of clausesOf(text)) {
    const named = ordersNamedByGoods(context.orders, clause);
    if (named.length !== 1) continue;
    const order = named[0];
    const tracking = trackingOf(context, order);
    const reports = reportsIn(order, clause);
    const trouble = parcelLost(order, tracking) || reports.reportsDamage || reports.reportsWrong;
    if (trouble && canReplace(order, now, { tracking, ...reports }).ok) {
      return `asks what can be done about ${order.id}, which the store can put right: its remedies offered before a person`;
    }
  }
  return null;
}
