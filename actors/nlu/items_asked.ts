/**
 * "Can I get more water bottles in my order?", "add another mug to my running shoes order":
 * a change of the items of an order the customer has, not a new purchase or a product
 * question, which the classifier may read in "get", "add" and a product's name.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";
import { changesCount } from "./count_change.ts";

/** Readings a change of an order's items is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "place_order",
  "product_question",
  "other",
]);

/** More, fewer, added or taken away… */
const CHANGE = String
  .raw`(?:add(?:ed|ing)?|put|more(?!\s+(?:info|information|details?|about|time|questions?|help)\b)|another|extra|an additional|fewer|less|remove|take (?:off|out)|drop)`;
/** …in, to or from an order of theirs ("my order", "my running shoes order", "ORD-1003"). */
const THEIR_ORDER = String
  .raw`(?:to|in|into|on|from|onto)\s+(?:my|our|the|this|that)\b(?:\s+[\w'-]+){0,4}?\s+order\b|(?:to|in|into|on|onto|for|from)\s+(?:order\s+)?#?(?:ord-?)?\d{3,}\b`;
const ITEMS_OF_ORDER = new RegExp(String.raw`\b${CHANGE}\b[^.?!]{0,60}?\b(?:${THEIR_ORDER})`, "i");

/**
 * A count taken away ("drop one bottle", "remove 2 of the mugs") or changed relative to
 * what there is ("one less bottle", "two more bottles"): only an order has a count to
 * change, so no order needs naming.
 */
const COUNT_CHANGED =
  /\b(?:(?:drop|remove|take (?:off|out)|cut)\s+(?:just\s+)?(?:one|a|an|two|three|\d{1,2})\s+(?:of (?:the|my)\s+)?[a-z]{3,}|(?:one|two|three|\d{1,2})\s+(?:less|fewer)\s+[a-z]{3,})/i;

/**
 * A count set for an item of an order named by its number: "make it 50 water bottles on
 * 1003", "i want 3 bottles in order 1003" — a new purchase names no order of theirs.
 */
const COUNT_SET =
  /\b(?:make it|make that|change (?:it |that |them )?to|set (?:it |them )?to|i (?:want|need)|want|need)\s+(?:only\s+|just\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]{3,}[^.?!]{0,40}?\b(?:on|in|for|of)\s+(?:my\s+)?(?:order\s+)?#?(?:ord-?)?\d{3,}\b/i;

/**
 * A count set for goods named, the part ending there: "can you change the water bottles to
 * 3", "make the bottles 1 please" — not "change the address to 5 Elm Rd".
 */
const COUNT_TO =
  /\b(?:change|set|make|update|put)\s+(?:the\s+|my\s+)?(?:[a-z]+\s+){0,2}?[a-z]{3,}\s+(?:to\s+|into\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?:instead|please|pls|in total|total|each|of them))?\s*[.!?,;]*\s*$/i;

/** Whether a part of a message sets how many of its goods an order has. */
export function setsCount(text: string): boolean {
  return COUNT_TO.test(text) &&
    !/\b(?:address|street|st|rd|road|ave|avenue|zip|postcode|size|colou?r)\b/i.test(text);
}

/** How sure a change of their order's items is one. */
const CONFIDENCE = 0.85;

/**
 * "Can u change wher my order goes", "update where it ships": where it goes, not what is in
 * it — an address change, which a misspelt "where" left to the items.
 */
const WHERE_IT_GOES =
  /\b(?:change|update|switch|fix)\s+(?:the\s+place\s+)?(?:where|wher|whre|wehre|were)\s+(?:my\s+|the\s+|this\s+|that\s+)?(?:order|parcel|package|it|stuff|shipment|delivery)?[^.?!]{0,15}?\b(?:goes|going|ships?|shipping|is sent|gets? (?:sent|delivered)|is delivered|delivers?|will go|should go)\b/i;
/** Readings an address change worded so is taken for, unsure. */
const NOT_ADDRESS: ReadonlySet<Intent> = new Set<Intent>([
  "modify_order",
  "order_status",
  "other",
  "shipping_options",
]);

/** Goods taken out of an order of theirs: "remove the shoes from 1003", "…from my order". */
const TAKEN_OUT = new RegExp(
  String
    .raw`\b(?:remove|take (?:off|out)|drop|delete)\s+(?:the|my|those|these)\s+(?!order\b)[a-z][\w' -]{2,40}?\s+(?:${THEIR_ORDER})`,
  "i",
);
/** Unsure readings goods taken out of an order are taken for. */
const TAKEN_OUT_MISREAD: ReadonlySet<Intent> = new Set<Intent>(["account_update", "cancel_order"]);

/** "Change my water bottles": a verb of change before goods of theirs. */
const GOODS_CHANGED = /\b(?:change|update|edit|modify|amend|adjust)\s+(?:my|the|those|these)\b/i;
/** What an account has, which a change of "my …" may be about. */
const ACCOUNT_THINGS =
  /\b(?:account|profile|e-?mail|name|password|phone|number|address|newsletter|details|card|payment|settings?|login)\b/i;

/** The reading with a change of their order's items read as one. */
export function asItemsChange(reading: IntentEnrichment, text: string): IntentEnrichment {
  // "I want to change my water bottles": goods of theirs, not their account's details.
  if (
    reading.intent === "account_update" && reading.entities.products.length > 0 &&
    GOODS_CHANGED.test(text) && !ACCOUNT_THINGS.test(text)
  ) return relabelled(reading, "modify_order", CONFIDENCE);
  // "Remove the shoes from 1003, I don't want them anymore": goods taken out of an order of
  // theirs, which an unsure reading took for the account or the whole order cancelled.
  if (
    TAKEN_OUT_MISREAD.has(reading.intent) && reading.confidence < 0.5 && TAKEN_OUT.test(text)
  ) return relabelled(reading, "modify_order", CONFIDENCE);
  if (NOT_ADDRESS.has(reading.intent) && reading.confidence < 0.7 && WHERE_IT_GOES.test(text)) {
    return relabelled(reading, "change_address", CONFIDENCE);
  }
  // "One less water bottle pls on my processing order", "remove the water bottles from 1003":
  // a change of items, read unsurely.
  const unsure = reading.intent === "modify_order" && reading.confidence < CONFIDENCE;
  if ((MISREAD.has(reading.intent) || unsure) && (changesCount(text) || changesItems(text))) {
    // "can i add another water bottle to 1003? also is the milk frother in stock?": the part
    // that adds is the change too, not a purchase beside the stock question.
    return partsAsItemsChange(relabelled(reading, "modify_order", CONFIDENCE));
  }
  if (!MISREAD.has(reading.intent)) return partsAsItemsChange(reading);
  if (
    !ITEMS_OF_ORDER.test(text) && !COUNT_CHANGED.test(text) && !COUNT_SET.test(text) &&
    !addsAnother(text)
  ) {
    return partsAsItemsChange(reading);
  }
  return relabelled(reading, "modify_order", CONFIDENCE);
}

/**
 * "I want to add another water bottle", "add one more bottle pls": one more of goods they
 * have, added — to the order that has them (a cart is theirs to fill, not ours), however the
 * classifier heard "want" and a product's name.
 */
const ADD_ANOTHER =
  /\badd(?:ing)?\s+(?:another|one more|an extra|an additional|a second)\s+(?!(?:address|card|payment|e-?mail|account|user|method|phone|number|note|comment|review)\b)[a-z]/i;
/** Where a shopper adds goods themselves. */
const THEIR_CART = /\b(?:cart|basket|wish ?list|bag)\b/i;

/** Whether the words add one more of goods to an order, not to a cart. */
function addsAnother(text: string): boolean {
  return ADD_ANOTHER.test(text) && !THEIR_CART.test(text);
}

/** "Can you take the bottles off ORD-1003", "get the mugs out of my order": goods taken off. */
const TAKEN_OFF =
  /\b(?:take|get|knock|leave)\s+(?:the |my |both |all (?:the |of the )?|those |these )?[a-z][\w' -]{1,40}?\s+(?:off|out of)\s+(?:(?:my|our|the|this|that)\b(?:\s+[\w'-]+){0,4}?\s+order\b|(?:order\s+)?#?(?:ord-?)?\d{3,}\b)/i;

/** Whether a part's words change the items of an order of theirs. */
export function changesItems(text: string): boolean {
  return ITEMS_OF_ORDER.test(text) || TAKEN_OFF.test(text) || addsAnother(text) ||
    COUNT_CHANGED.test(text) ||
    COUNT_SET.test(text) ||
    ADDED_TO_IT.test(text) || setsCount(text) || changesCount(text);
}

/**
 * "…and can i add a water bottle to it": in a part after one naming their order, "it" is that
 * order (alone, the whole message names none, and "add it to my cart" buys).
 */
const ADDED_TO_IT =
  /\b(?:add|put|throw|chuck|stick|include)\s+(?:(?:a|an|one|two|three|another|some|\d{1,2})\s+)?(?!it\b|them\b)[a-z][\w' -]{2,40}?\s+(?:to|in|into|onto|with)\s+(?:it|that(?: one)?|this(?: one)?|the same (?:one|order))\s*[?!.]*\s*$/i;

/**
 * "It still hasn't come. Also can I add another water bottle to 1003?": of several
 * requests, a part that changes the items of an order of theirs is that change too, as it
 * would be alone (it was answered as a product question: "add it to your cart").
 */
function partsAsItemsChange(reading: IntentEnrichment): IntentEnrichment {
  const requests = reading.requests;
  if (!requests || requests.length < 2) return reading;
  if (!requests.some((r) => MISREAD.has(r.intent) && changesItems(r.text))) return reading;
  return {
    ...reading,
    requests: requests.map((r) =>
      MISREAD.has(r.intent) && changesItems(r.text)
        ? { ...r, intent: "modify_order" as const, confidence: Math.max(r.confidence, CONFIDENCE) }
        : r
    ),
  };
}

/** A count of an item alone ("want 3 bottles", "make it 4 please"). */
const COUNT_ALONE =
  /^\W*(?:(?:i\s+)?(?:want|need|make it|make that|change (?:it )?to|so)\s+)?(?:just\s+|only\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+[a-z]{3,}){0,3}\s*(?:please|pls|plz|instead|then|total)?\W*$/i;

/** True when a part only gives the count a change of an order's items asks for. */
export function countOfChange(primary: Intent, part: Intent, text: string): boolean {
  if (primary !== "modify_order" || part === "modify_order") return false;
  return (part === "place_order" || part === "product_question" || part === "other") &&
    COUNT_ALONE.test(text.trim());
}
