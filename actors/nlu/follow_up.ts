/**
 * Elliptical follow-ups: a message that names another order, product or state and leaves
 * the question out ("ok and the espresso machine?", "what about 2002", "the mixer too?"),
 * or asks about the state of the order talked of without naming it ("so it's really
 * gone?", "is it delivered yet?"). Such a message carries on the request of the turn
 * before; the intent classifier alone cannot tell which. Pure.
 */
import type { Entities } from "../../shared/protocol.ts";
import { PRICE_ASKED } from "../../domain/dialogue.ts";
import { RELATIVE_ORDER, relativeOrder } from "../../domain/relative_order.ts";
import { correctionLead } from "./named_correction.ts";

/** How a message follows up on the turn before, if it does. */
export type FollowUp =
  /** "and X?", "what about X", "X too?": the same request, about what it names. */
  | "another"
  /** "so it's really gone?": the state of the order already talked of. */
  | "state"
  /** "sorry I meant the other order": the same request, about the order now named. */
  | "correction";

/** Acknowledgements a follow-up may open with ("ok and…", "thanks, what about…"). */
const ACK =
  /^(?:(?:ok(?:ay)?|k|alright|right|cool|great|thanks|thank you|thx|ty|got it|i see|nice|perfect|hmm+|oh)\b[\s,.!-]*)+/i;
/** Words that ask the same about something else. */
const LEAD =
  /^(?:and|also|plus|then|so)?\s*(?:wh?a?t about|wut about|how about|what of|same (?:for|with)|and|also|plus)\b/i;
/** "…too?", "…as well?": the same again, for another. */
const TAIL = /\b(?:too|as well|also)\s*[?!.]*\s*$/i;
/** "The other one", "my other order". */
// "And the other?": the bare word, ending the message, means the other order too.
const OTHER =
  /\b(?:the|my|your)\s+other\s+(?:one|order|parcel|package|shipment|delivery)\b|\b(?:the|my|your)\s+other\s*[?!.]*\s*$/i;
/** The order talked of, by a pronoun or a plain noun. */
const THE_ORDER =
  /\b(?:it|it's|its|that|this|they|they're|them|the (?:order|parcel|package|delivery|shipment|box))\b/i;
/** Words for where an order stands. */
const STATE =
  /\b(?:gone|lost|missing|coming|arriv(?:e|ed|ing)|here|there yet|deliver(?:ed|ing)|shipped|sent|dispatched|late|delayed|stuck|moving|on (?:its|the) way|still (?:coming|in transit)|in transit|found)\b/i;
/** A question by its first words, written without a question mark ("why is it delayed then"). */
const ASKS =
  /^(?:so\s+|but\s+)?(?:why|how come|is|isn'?t|has|hasn'?t|did|didn'?t|was|will|when|where)\b/i;
/** A question why the order talked of is late, naming no order: "whats the hold up". */
const HOLD_UP =
  /^(?:so\s+|but\s+|and\s+)?(?:what(?:'?s| is)(?: the)? hold ?up|what(?:'?s| is) taking (?:so|this|that) long|why (?:is it )?taking so long)\b/i;
/** What the order talked of holds, asked: "what's in it again?", "what did I order?". */
const CONTENTS =
  /^(?:so\s+|and\s+|sorry\s+|wait\s+)?(?:what(?:'?s| is| was) in (?:it|that|this|the (?:order|parcel|package|box))\b|what did i (?:order|get|buy)\b|remind me what(?:'?s| is| was)? (?:in it|i (?:ordered|got|bought))\b)/i;
/** "Sorry, I meant…", "no, I'm talking about…": the customer corrects what they named. */
const CORRECTION =
  /^(?:(?:sorry|oops|no|nope|wait|actually|my bad|oh|ah)\b[\s,.!-]*)*(?:i meant|i mean|meant|i was talking about|i'?m talking about|i was asking about)\b/i;

/** The most words a follow-up has: longer messages say what they want themselves. */
const MAX_WORDS = 9;
/**
 * "The espresso machine one", "for the headphones order", "the one with the frother": an
 * order pointed at by what it holds, with nothing asked — after an answer about another
 * order, the same request about this one.
 */
const POINTED =
  /^(?:(?:no|for|on|about|with)\s+)?(?:(?:the|my)\s+(?:[\w-]+\s+){0,4}(?:one|order)|the one (?:with|for|from)\b.*)\s*[?!.]*$/i;

/** True when the message names an order, a product, a state or "the other one". */
export function namesReference(text: string, entities: Entities): boolean {
  return entities.order_ids.length > 0 || (entities.order_refs?.length ?? 0) > 0 ||
    (entities.item_refs?.length ?? 0) > 0 || entities.products.length > 0 ||
    (entities.state_refs?.length ?? 0) > 0 || OTHER.test(text) || relativeOrder(text) !== null;
}

/**
 * A message's last sentence after a short lead-in of its own ("ugh ok.", "its been like a
 * week??"): the question it ends with, or null when it is one sentence.
 */
const LAST_SENTENCE = /^(.{1,40}?[.!?]+)\s+([^.!?]+[.!?]*)$/s;

/** How `text` follows up on the turn before, or null when it makes a request of its own. */
export function followUpOf(text: string, entities: Entities): FollowUp | null {
  const whole = followUpAlone(text, entities);
  if (whole) return whole;
  // "Its been like a week?? when are they actually coming", "ugh ok. when are they coming
  // then": a short lead-in that names nothing, then the state of the order talked of asked.
  const parts = LAST_SENTENCE.exec(text.trim());
  if (!parts || namesReference(parts[1], entities) || /\d/.test(parts[1])) return null;
  return followUpAlone(parts[2], entities) === "state" ? "state" : null;
}

function followUpAlone(text: string, entities: Entities): FollowUp | null {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const rest = text.trim().replace(ACK, "");
  const corrects = CORRECTION.test(rest) || correctionLead(rest) !== null;
  if (namesReference(text, entities) && corrects) return "correction";
  if (
    namesReference(text, entities) &&
    (LEAD.test(rest) || TAIL.test(rest) || bare(rest) || byPlacedDay(entities) ||
      POINTED.test(rest)) &&
    onlyReference(rest, entities)
  ) {
    return "another";
  }
  // "The one that got delivered": a state said in full points at an order and asks nothing.
  if (picksOnly(text, entities)) return "another";
  const asked = /\?\s*$/.test(text) || ASKS.test(rest);
  // "Is ORD-2001 lost?": the state of an order named by its number is asked the same way.
  const byNumber = entities.order_ids.length > 0 || (entities.order_refs?.length ?? 0) > 0;
  if (asked && (THE_ORDER.test(rest) || byNumber) && STATE.test(rest)) return "state";
  // "Whats the hold up exactly", "what's taking so long": why the order talked of is late.
  if (HOLD_UP.test(rest)) return "state";
  // "What's in that order again?", "remind me what I ordered": what the order talked of holds.
  if (CONTENTS.test(rest)) return "state";
  // "ok and how much was it": the total of the order talked of.
  if (PRICE_ASKED.test(rest) && (THE_ORDER.test(rest) || /\btotal\b/i.test(rest))) return "state";
  return null;
}

/**
 * True when the message corrects what it named and says nothing else: "no I meant the
 * shoes", "not that one, the other", "sorry wrong number, it's 1003". Such a message asks
 * what the turn before asked, whatever the classifier reads in it ("wrong order", "no").
 */
export function onlyCorrects(text: string, entities: Entities): boolean {
  if (followUpOf(text, entities) !== "correction") return false;
  const rest = text.trim().replace(ACK, "");
  const lead = CORRECTION.exec(rest)?.[0] ?? correctionLead(rest) ?? "";
  return onlyReference(rest.slice(lead.length), entities, 0);
}

/** A message that opens by pointing at an order: "the …", "no, my …", "for that …". */
const POINTING = /^(?:(?:no|for|on|about|with|just|only)\s+)?(?:the|my|that|this)\b/i;

/**
 * "My package never arrived", "the order was damaged": what happened to it, told in a clause
 * of its own — not a pick, which says its state in a relative one ("the one that never came").
 */
const TOLD =
  /^(?:the|my|that|this)\s+(?:(?!(?:that|which|who|i|we|you)\b)[a-z]+\s+){1,2}?(?:never|hasn'?t|has not|didn'?t|did not|was|wasn'?t|is|isn'?t|arrived|came|got|broke|went)\b/i;

/**
 * True when the message only points at an order and asks nothing of it: "the one that got
 * delivered", "the one i ordered yesterday", "the shoes one", "no the other one". Whatever
 * the classifier reads in it (a delivery problem, a no), it says which order, not what for.
 */
export function picksOnly(text: string, entities: Entities): boolean {
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS || !namesReference(text, entities)) {
    return false;
  }
  let rest = text.trim().replace(ACK, "");
  rest = rest.slice((CORRECTION.exec(rest)?.[0] ?? correctionLead(rest) ?? "").length).trim();
  // "And the espresso machine one?", "what about the frother one": the lead asks nothing more.
  rest = rest.replace(LEAD, "").trim();
  if (!POINTING.test(rest) || TOLD.test(rest)) return false;
  return (POINTED.test(rest) && onlyReference(rest, entities)) || onlyReference(rest, entities, 0);
}

/**
 * True when the message points at an order by what it holds or how it stands, as an order
 * ("the espresso machine one", "the one that got delivered"), not at goods alone ("and the
 * mixer?" asks of the mixer).
 */
export function pointsAtOrder(text: string, entities: Entities): boolean {
  return picksOnly(text, entities) &&
    (/\b(?:one|order)\s*[?!.]*$/i.test(text.trim()) || (entities.state_refs?.length ?? 0) > 0);
}

/** Words a follow-up may have besides its lead and its reference. */
const FILLER = new Set([
  "the",
  "my",
  "one",
  "order",
  "please",
  "pls",
  "then",
  "now",
  "too",
  "as",
  "well",
  "also",
  "of",
  "mine",
]);

/** Words asking how an order stands, beside an order named by its placing day. */
const STATE_ASKED = new Set(
  "whats what's what is up with where where's wheres is it status news any on about how's hows going"
    .split(" "),
);

/**
 * True when, without its lead ("and", "what about") and the words naming the order, the
 * message says next to nothing: "and the blender, is it any good?" asks something else.
 */
function onlyReference(rest: string, entities: Entities, most = 1): boolean {
  let left = ` ${rest.replace(LEAD, " ").replace(TAIL, " ")} `;
  const named = [
    ...(entities.order_refs ?? []).map((r) => r.text),
    ...(entities.item_refs ?? []).map((r) => r.text),
    ...(entities.state_refs ?? []).map((r) => r.text),
    ...entities.products.map((p) => p.name),
    ...entities.order_ids,
  ];
  for (const words of named) left = left.split(words).join(" ");
  left = left.replace(OTHER, " ").replace(RELATIVE_ORDER, " ");
  const extra = left.toLowerCase().split(/[^a-z0-9'-]+/).filter((w) => w && !FILLER.has(w));
  // "Whats up with the one from last week": an order named in full, its state asked.
  if (byPlacedDay(entities)) return extra.filter((w) => !STATE_ASKED.has(w)).length <= most;
  return extra.length <= most;
}

/**
 * A reference alone, maybe with a question mark: "the espresso machine?", "ORD-1002?".
 * Only a question counts: "the headphones" without one may answer a question of ours.
 */
function bare(rest: string): boolean {
  return /\?\s*$/.test(rest) && rest.trim().split(/\s+/).length <= 4;
}

/**
 * "The order I placed 2 days ago", "my order from november": an order named by when it was
 * placed says which order it is in full, question mark or not (no answer to ours is a date).
 */
function byPlacedDay(entities: Entities): boolean {
  return (entities.state_refs ?? []).some((r) => r.placed !== undefined);
}
