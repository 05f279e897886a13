/**
 * The answer to what our last reply asked for: "What's the new address?" answered with
 * "22 Baker Street, London NW1 6XE"; "Which item, and to what quantity?" with "2 of the
 * mugs"; "a refund or a replacement — which would you prefer?" with "the refund". The
 * classifier reads such a message alone (an address is no request of its own); the
 * dialogue state knows what we asked. Pure.
 */
import { asksForWhole } from "../../domain/return_scope.ts";
import type { AskedFor, Entities, Intent } from "../../shared/protocol.ts";
import { looksLikeAddress } from "../../domain/address.ts";
import { piecesOf, placeAlone } from "../../domain/address_pieces.ts";
import { CHANGE_INTENT, chosenChange } from "./change_switch.ts";
import { wantsTheGoods } from "../../domain/intents.ts";

/** The classifier's reading of the message on its own. */
export interface OwnReading {
  intent: Intent;
  confidence: number;
}

/** At this confidence a reading of another kind is a request of its own, not our answer. */
export const OWN_REQUEST_MIN = 0.6;

/** Readings that never make a request of their own. */
/** A nod and nothing more: "ok", "great thanks", "cool, got it". */
const NOD =
  /^(?:(?:ok(?:ay)?|k+|fine|alright|all right|got it|gotcha|cool|great|perfect|noted|understood|right|i see|thanks?|thank you|ty|thx|nice|good|sounds good|lovely|awesome)[\s,.!]*)+$/i;

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
  // "1003" reads as a status question, "the shoes" as a product one: both name the order.
  order: new Set<Intent>(["order_status", "product_question", "place_order", "modify_order"]),
  // A call back's number or time is read by the decision router and the response themselves.
  callback: new Set<Intent>(),
  // "Would you like to change a delivery address?": a yes is the request, with their words.
  meaning: new Set<Intent>(["affirm"]),
  // A change offered softly waits for a yes of its own: the confirmation reader reads it.
  offer: new Set<Intent>(),
};

/** "The first one", "the second", "the last one": an order picked by its place in our list. */
const PLACE: readonly [RegExp, (n: number) => number][] = [
  [/\b(?:the\s+)?(?:first|1st)\b/i, () => 0],
  [/\b(?:the\s+)?(?:second|2nd)\b/i, () => 1],
  [/\b(?:the\s+)?(?:third|3rd)\b/i, () => 2],
  [/\bthe\s+(?:last|latter)\b/i, (n) => n - 1],
];
/** At most this many words, a message that makes no request of its own may only name the order. */
const SHORT_ANSWER_WORDS = 6;

/**
 * "First, remove the frother…", "firstly:", "first of all", "second thing:": the place of a
 * request in the message, not of an order in our list.
 */
const IN_TURN =
  /(?:^|[.!?;]\s*|\b(?:and|then|ok(?:ay)?|so|right)[\s,]+)(?:first(?:ly| of all| off| things first| thing)?|second(?:ly| thing)?|third(?:ly)?)\s*(?:[,:;]|[-–—]\s)/gi;

/** The order of our list a message picks by its place, or null. */
function pickedByPlace(said: string, orders: readonly string[]): string | null {
  if (orders.length < 2) return null;
  const text = said.replace(IN_TURN, " ");
  for (const [re, at] of PLACE) if (re.test(text)) return orders[at(orders.length)] ?? null;
  return null;
}

/** Readings that are no answer naming an order: thanks, a yes or no, a greeting. */
const NO_REQUEST_ANSWERS: ReadonlySet<Intent> = new Set<Intent>(["small_talk", "affirm", "deny"]);

/** A count alone ("3", "two please"): how many of the item asked about. */
const BARE_COUNT =
  /^\s*(?:(?:ok(?:ay)?|then|so|fine|make it|make that)[\s,]+)*(?:just |only )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:please|pls|thanks|then)?[.!]?\s*$/i;

/** Words that remove an item, which need no quantity. */
const REMOVE = /\b(?:remove|drop|delete|take (?:it |them )?(?:off|out))\b/i;

/** Questions whose "which order?" a longer message may leave for a request of its own. */
const QUESTIONS: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "delivery_problem",
  "refund_status",
]);

/**
 * "Ah sorry, wrong shop. My keyboard is what I wanted to ask about, where is it" after "which
 * order is the broken machine?": more than an answer, and sure of a question of its own. A
 * short answer ("1003", "the shoes one") still carries the question asked.
 */
function ownQuestion(asked: AskedFor, text: string, reading: OwnReading): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return QUESTIONS.has(asked.intent) && words > SHORT_ANSWER_WORDS &&
    !NO_REQUEST.has(reading.intent) && reading.intent !== asked.intent &&
    reading.confidence >= OWN_REQUEST_MIN;
}

/** A question where an order is or when it comes, by its first words. */
const WHERE_ASKED =
  /^(?:(?:so|and|but|ok|okay)[\s,]+)?(?:where(?:'?s| is| are)?|when (?:will|is|does|do)|has (?:my|the)|did (?:my|the)|what(?:'?s| is) the status)\b/i;

/**
 * "Where's my keyboard" after we asked which order to return or cancel: a question of its
 * own about where an order is, not the answer naming the order to change.
 */
function asksWhere(asked: AskedFor, text: string, reading: OwnReading): boolean {
  return asked.intent !== "order_status" && reading.intent === "order_status" &&
    WHERE_ASKED.test(text.trim());
}

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
      // "London" after "what's the town and the postcode?": the rest of the address given.
      return looksLikeAddress(text) || (piecesOf(asked.text).length > 0 && placeAlone(text))
        ? answer
        : null;
    case "items": {
      if (own) return null;
      const e = o.entities;
      const names = e.quantities.length > 0 || e.products.length > 0 ||
        (e.item_refs?.length ?? 0) > 0 || REMOVE.test(text) || BARE_COUNT.test(text) ||
        // "Both" after "which of them is missing?": all of them.
        // "The whole thing then" after "one of those off, or the whole order?": all of it.
        ((asked.intent === "delivery_problem" || asked.intent === "cancel_order") &&
          asksForWhole(text));
      return names ? answer : null;
    }
    case "order": {
      if (own || ownQuestion(asked, text, o.reading)) return null;
      // "Where's my keyboard" after "which order would you like to return?": where it is.
      if (asksWhere(asked, text, o.reading)) return null;
      const e = o.entities;
      const placed = e.order_ids.length === 0 ? pickedByPlace(text, asked.orders ?? []) : null;
      // "The shoes", "the one being prepared", "1003": the context finds which of theirs.
      const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      const points = e.order_ids.length > 0 || e.products.length > 0 ||
        (e.state_refs?.length ?? 0) > 0 || placed !== null ||
        (words <= SHORT_ANSWER_WORDS && !NO_REQUEST_ANSWERS.has(o.reading.intent));
      return points ? { intent: asked.intent, order_id: e.order_ids[0] ?? placed } : null;
    }
    case "callback":
    case "offer":
      return null;
    case "meaning":
      // "Ok", "great thanks" after an offer in passing take the answer in; they take up nothing.
      if (asked.offered && NOD.test(text.trim())) return null;
      return o.reading.intent === "affirm" ? answer : null;
    case "choice": {
      const chosen = chosenChange(text, asked.options ?? []) ??
        (goodsChosen(asked, text) ? "replacement" : null);
      if (!chosen || own) return null;
      return { intent: CHANGE_INTENT[chosen], order_id: asked.order_id };
    }
  }
}

/** "I want the vacuum" after "a refund or a replacement?": the goods, so the replacement. */
export function goodsChosen(asked: AskedFor, text: string): boolean {
  return asked.slot === "choice" && (asked.options ?? []).includes("replacement") &&
    wantsTheGoods(text);
}
