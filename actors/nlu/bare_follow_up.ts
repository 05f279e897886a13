/**
 * Bare follow-ups that lean wholly on the answer before: "how much?" right after an order's
 * status asks its total; "how much?", "how long?" right after where the store ships asks
 * the cost or the time of shipping there (the place is the dialogue's). Alone, the words
 * read as small talk ("What would you like me to look at next?"). Pure.
 */
import type { Entities, Intent } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { destinationAsked, shippingFollowUp } from "../../domain/destinations.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { speedTakenFor } from "../../domain/speed_taken.ts";

/** "How much?", "and how much", "ok how much?": the price asked and nothing else. */
const BARE_PRICE = /^\s*(?:(?:and|so|ok(?:ay)?|hmm+|right)[\s,]+)*how much\s*[?!.]*\s*$/i;

/**
 * "How long?", "when?", "which carrier?", "eta?" right after an order's status: that order's
 * delivery, asked again in two words (they had read as a policy or payment question).
 */
const BARE_ABOUT_ORDER =
  /^\s*(?:(?:and|so|ok(?:ay)?|hmm+|right|but)[\s,]+)*(?:how long(?: (?:then|now|still|more))?|how much longer|when(?: then)?|eta|which (?:carrier|courier)|what (?:carrier|courier)|who(?:'s| is) (?:delivering|bringing) it|tracking(?: (?:number|no|#))?)\s*[?!.]*\s*$/i;

/**
 * Readings a shipping follow-up may have of its own: shipping, a rule ("how long?" reads as
 * one), or nothing clear.
 */
const SHIPPING_OR_NOTHING: ReadonlySet<Intent> = new Set<Intent>([
  "shipping_options",
  "policy_question",
  "small_talk",
  "other",
]);
/** Words of another topic: the follow-up asks about that, not shipping. */
const OTHER_TOPIC =
  /\b(?:refunds?|returns?|exchanges?|cancel\w*|pay\w*|invoices?|password|account|warranty)\b/i;

/** What a bare follow-up carries on: the request, and the order when it is one's. */
export interface BareFollowUp {
  intent: Intent;
  entities: Entities;
}

/** The request a bare follow-up carries on from the turn before, or null. */
export function bareFollowUp(
  text: string,
  input: { lastIntent: Intent; lastOrderId: string | null; entities: Entities; read: Intent },
): BareFollowUp | null {
  const { lastIntent, lastOrderId, entities } = input;
  // "Can i get that for 2001?" right after the speeds' prices: the speed-up for that order.
  if (lastIntent === "shipping_options" && speedTakenFor(text)) {
    return { intent: "shipping_options", entities };
  }
  if (entities.order_ids.length > 0 || entities.products.length > 0) return null;
  const bare = BARE_PRICE.test(text) || BARE_ABOUT_ORDER.test(text);
  if (bare && ORDER_INTENTS.has(lastIntent) && lastOrderId) {
    return { intent: "order_status", entities: { ...entities, order_ids: [lastOrderId] } };
  }
  // "How long does it take to get a refund" after shipping to the UK asks about refunds.
  if (
    lastIntent === "shipping_options" && SHIPPING_OR_NOTHING.has(input.read) &&
    !OTHER_TOPIC.test(text) && (shippingFollowUp(text) || placeFollowUp(text))
  ) {
    return { intent: "shipping_options", entities };
  }
  return null;
}

/** "Ok what about the uk", "and to germany then?": another place asked after shipping. */
export function placeFollowUp(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= 8 && destinationAsked(text) !== null;
}

/** Readings of a message about trouble with an order that said what, but asked nothing. */
const TROUBLE_TOLD: ReadonlySet<Intent> = new Set<Intent>(["other", "complaint"]);

/**
 * "What would you suggest?", "what are my options?" right after a complaint or an upset
 * message about an order (read as nothing the customer asked): what can be done about that
 * order — its status, whose reply offers what its state allows (a lost parcel: a refund or
 * a replacement). It had joined the queue as a chase.
 */
export function optionsAfterTrouble(
  text: string,
  input: { lastIntent: Intent | null; lastOrderId: string | null; entities: Entities },
): BareFollowUp | null {
  const { lastIntent, lastOrderId, entities } = input;
  if (!lastIntent || !TROUBLE_TOLD.has(lastIntent) || !lastOrderId || !asksOptions(text)) {
    return null;
  }
  if (entities.order_ids.length > 0 || entities.products.length > 0) return null;
  // After a complaint about the order, what went wrong with it (a damaged mixer: a refund or
  // a replacement; the status alone said only "delivered").
  const intent = lastIntent === "complaint" ? "delivery_problem" : "order_status";
  return { intent, entities: { ...entities, order_ids: [lastOrderId] } };
}
