/**
 * Bare follow-ups that lean wholly on the answer before: "how much?" right after an order's
 * status asks its total; "how much?", "how long?" right after where the store ships asks
 * the cost or the time of shipping there (the place is the dialogue's). Alone, the words
 * read as small talk ("What would you like me to look at next?"). Pure.
 */
import type { Entities, Intent } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { shippingFollowUp } from "../../domain/destinations.ts";

/** "How much?", "and how much", "ok how much?": the price asked and nothing else. */
const BARE_PRICE = /^\s*(?:(?:and|so|ok(?:ay)?|hmm+|right)[\s,]+)*how much\s*[?!.]*\s*$/i;

/** What a bare follow-up carries on: the request, and the order when it is one's. */
export interface BareFollowUp {
  intent: Intent;
  entities: Entities;
}

/** The request a bare follow-up carries on from the turn before, or null. */
export function bareFollowUp(
  text: string,
  input: { lastIntent: Intent; lastOrderId: string | null; entities: Entities },
): BareFollowUp | null {
  const { lastIntent, lastOrderId, entities } = input;
  if (entities.order_ids.length > 0 || entities.products.length > 0) return null;
  if (BARE_PRICE.test(text) && ORDER_INTENTS.has(lastIntent) && lastOrderId) {
    return { intent: "order_status", entities: { ...entities, order_ids: [lastOrderId] } };
  }
  if (lastIntent === "shipping_options" && shippingFollowUp(text)) {
    return { intent: "shipping_options", entities };
  }
  return null;
}
