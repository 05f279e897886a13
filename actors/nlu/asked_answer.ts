/**
 * The answer to what our last reply asked for: "What's the new address?" answered with
 * "22 Baker Street, London NW1 6XE"; "Which item, and to what quantity?" with "2 of the
 * mugs"; "a refund or a replacement — which would you prefer?" with "the refund". The
 * classifier reads such a message alone (an address is no request of its own); the
 * dialogue state knows what we asked. Pure.
 */
import type { AskedFor, Entities, Intent } from "../../shared/protocol.ts";
import { looksLikeAddress } from "../../domain/address.ts";
import { CHANGE_INTENT, chosenChange } from "./change_switch.ts";

/** The classifier's reading of the message on its own. */
export interface OwnReading {
  intent: Intent;
  confidence: number;
}

/** At this confidence a reading of another kind is a request of its own, not our answer. */
export const OWN_REQUEST_MIN = 0.6;

/** Readings that never make a request of their own. */
const NO_REQUEST: ReadonlySet<Intent> = new Set<Intent>(["other", "small_talk", "affirm", "deny"]);

/** Readings an answer to each question may get from the classifier and still be the answer. */
const FITS: Readonly<Record<AskedFor["slot"], ReadonlySet<Intent>>> = {
  address: new Set<Intent>(["change_address", "account_update", "delivery_problem", "feedback"]),
  items: new Set<Intent>(["modify_order", "product_question", "place_order", "cancel_order"]),
  choice: new Set<Intent>([
    "refund_request",
    "refund_status",
    "return_item",
    "delivery_problem",
    "cancel_order",
    "complaint",
  ]),
};

/** Words that remove an item, which need no quantity. */
const REMOVE = /\b(?:remove|drop|delete|take (?:it |them )?(?:off|out))\b/i;

/** What the answer carries on, and about which order; null when the message is no answer. */
export interface AskedAnswer {
  intent: Intent;
  order_id: string | null;
}

/** Reads `text` as the answer to `asked`, or null when it says something else. */
export function answerToAsked(
  asked: AskedFor,
  text: string,
  o: { entities: Entities; reading: OwnReading },
): AskedAnswer | null {
  const own = !NO_REQUEST.has(o.reading.intent) && o.reading.confidence >= OWN_REQUEST_MIN &&
    !FITS[asked.slot].has(o.reading.intent) && o.reading.intent !== asked.intent;
  const answer = { intent: asked.intent, order_id: asked.order_id };
  switch (asked.slot) {
    case "address":
      if (own) return null;
      return looksLikeAddress(text) ? answer : null;
    case "items": {
      if (own) return null;
      const e = o.entities;
      const names = e.quantities.length > 0 || e.products.length > 0 ||
        (e.item_refs?.length ?? 0) > 0 || REMOVE.test(text);
      return names ? answer : null;
    }
    case "choice": {
      const chosen = chosenChange(text, asked.options ?? []);
      if (!chosen || own) return null;
      return { intent: CHANGE_INTENT[chosen], order_id: asked.order_id };
    }
  }
}
