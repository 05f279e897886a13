/**
 * When the store's own remedy comes before a person: an upset customer — a VIP, or one with
 * an urgent complaint — whose parcel the carrier has marked lost is told so and offered the
 * refund or the replacement the store gives for a lost parcel, instead of being handed over
 * with nothing settled. A person is still there on request (or at critical urgency, decided
 * before this is asked).
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { canRefund, canReplace, canReturn, parcelLost } from "../../domain/eligibility.ts";
import { asksForReplacement, REPLACEMENT_INTENTS } from "../../domain/intents.ts";
import { reportsIn } from "../../domain/problems.ts";
import {
  asksForCompensation,
  asksPartialRefund,
  orderHadTrouble,
} from "../../domain/compensation.ts";
import { twoTroublesTold } from "../../domain/one_and_other.ts";

/** Readings of a message about a lost parcel that the refund-or-replacement offer answers. */
const ABOUT_THE_PARCEL: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "order_status",
  "complaint",
  "refund_request",
  "return_item",
]);

/**
 * The reason to offer the store's remedy for a lost parcel rather than a person, or null
 * when the turn is not about one of their orders lost in transit.
 */
export function lostParcelRemedy(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  if (!context.order || !ABOUT_THE_PARCEL.has(intent.intent)) return null;
  if (!parcelLost(context.order, context.tracking)) return null;
  // "One never showed up and the other came smashed": the lost parcel is one of two troubles,
  // and the other (goods come damaged, nothing asked) is a person's, as it is told alone.
  if (twoTroublesTold(msg.payload.customer_message.text, context.orders)) return null;
  return `the carrier lost ${context.order.id}: a refund or a replacement is offered before a person`;
}

/** At least this sure a reading of a refund or a return is one, to be offered at once. */
const ASKED_SURELY = 0.45;

/**
 * The reason to offer what the customer asked for in so many words — a replacement, their
 * money back, or a return — rather than a person, when the store can do it for the order in question
 * ("ORD-3002 arrived smashed, replace it"); null otherwise. An upset message that asks for
 * nothing still goes to a person; so does one the store cannot settle.
 */
export function askedRemedy(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  const order = context.order;
  if (!order) return null;
  const text = msg.payload.customer_message.text;
  // The turn's own time: the decision stays a pure function of the message.
  const now = new Date(msg.created_at);
  const tracking = context.tracking ?? null;
  if (REPLACEMENT_INTENTS.has(intent.intent) && asksForReplacement(text)) {
    const reports = reportsIn(order, text);
    if (!canReplace(order, now, { tracking, ...reports }).ok) return null;
    return `asks for a replacement of ${order.id}, which the store can send: offered before a person`;
  }
  // A refund or a return read only unsurely is asked about, not offered.
  if (intent.confidence < ASKED_SURELY) return null;
  if (intent.intent === "refund_request" && canRefund(order, now, tracking).ok) {
    return `asks for a refund of ${order.id}, which the store can make: offered before a person`;
  }
  if (intent.intent === "return_item" && canReturn(order, now, tracking).ok) {
    return `asks to return ${order.id}, which the store can take back: offered before a person`;
  }
  return null;
}

/**
 * The reason to offer the goodwill credit rather than a person or a clarifying question:
 * compensation asked for about one of their orders that had trouble (late, lost, damaged),
 * and neither a refund nor a replacement asked for besides (those come first); null otherwise.
 */
export function compensationRemedy(msg: Message): string | null {
  const asked = compensationAsked(msg);
  if (!asked?.trouble) return null;
  return `asks for compensation for the trouble with ${asked.order}: the goodwill credit is offered before a person`;
}

/**
 * The reason to answer a compensation ask about an order that had no trouble (no credit,
 * and what the store can do instead) rather than ask what was meant; null otherwise.
 */
export function compensationWithoutGrounds(msg: Message): string | null {
  const asked = compensationAsked(msg);
  if (!asked || asked.trouble) return null;
  return `asks for compensation for ${asked.order}, which had no trouble: answered without credit`;
}

function compensationAsked(msg: Message): { order: string; trouble: boolean } | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  const order = context.order;
  const text = msg.payload.customer_message.text;
  if (!order || !asksForCompensation(text)) return null;
  // "A partial refund, and I keep it": the goodwill credit, not the full refund.
  const partial = asksPartialRefund(text);
  if ((intent.intent === "refund_request" && !partial) || asksForReplacement(text)) return null;
  const tracking = context.tracking ?? null;
  const trouble = orderHadTrouble(order, tracking, text) || parcelLost(order, tracking);
  return { order: order.id, trouble };
}
