/**
 * Several requests in one message ("where is ORD-1001 and do you take PayPal?"): the
 * message is cut at sentence ends, question marks and conjunctions that start a new clause,
 * each part is classified on its own, and the distinct intents read with confidence are
 * kept, the message's own intent first, up to three.
 */
import { asksOptions } from "../../domain/assistant_asked.ts";
import { ventedWhole, withoutVentBesideChange } from "./vent_beside_change.ts";
import { withoutFaultBesideRemedy } from "./fault_beside_remedy.ts";
import { withOwnVariantSlip } from "./own_variant_slip.ts";
import { withFaultBesideQuestion } from "./fault_beside_question.ts";
import { faultToldInPart, toldDefect } from "./defect_reported.ts";
import { onlyVents } from "../../domain/vent_only.ts";
import { withoutTroublesRemedied } from "./troubles_remedied.ts";
import { pick, pointsAtRest } from "./goods_alone.ts";
import { ownAccountWish } from "./account_wish.ts";
import { personDeclined } from "../../domain/person_beside.ts";
import { asksHowItWorks } from "./how_it_works.ts";
import { withoutLeadIn } from "./lead_in.ts";
import { announced } from "../../domain/opener.ts";
import type { Intent, IntentRequest } from "../../shared/protocol.ts";
import { FAQ_INTENTS, faqFor } from "../../domain/faq.ts";
import { CHANGE_INTENTS, ORDER_INTENTS } from "../../domain/intents.ts";
import { changesItems, countOfChange, setsCount } from "./items_asked.ts";
import { askedAsQuestion } from "../../domain/policy_questions.ts";
import {
  asksAboutTheRest,
  asksForUpdate,
  byWhatIsAsked,
  onlyTellsPurchase,
  replacementNotRefund,
  tellsStory,
} from "./email_parts.ts";

/** Most requests kept from one message. */
export const MAX_REQUESTS = 3;

/** Below this a part's reading is not a request of its own. */
export const MIN_REQUEST_CONFIDENCE = 0.5;

/** Reads one part: its intent and how sure. */
export type ClassifyPart = (text: string) => { intent: Intent; confidence: number };

/** A part of the message and where it stands. */
export interface Part {
  text: string;
  start: number;
  end: number;
}

/** Intents that answer or chat: never a request beside another. */
const NOT_REQUESTS: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "small_talk",
  "affirm",
  "deny",
]);

/** A part asking where something is: "wheres my shoes lol", "and where are the headphones". */
const WHERE_IS =
  /^(?:(?:and|also|so|oh|btw|plus)\b[\s,]*)*(?:where|where'?s|wheres|wher|whr|wheres)\b/i;
/**
 * "Can you check if the vacuum has moved at all?", "has the keyboard shipped": asks after the
 * goods' way to them, however the part reads alone.
 */
const ASKS_WAY =
  /^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:check|see|look|find out|tell me)\b|(?:has|have|did|is|are)\b)[^.?!]{0,60}\b(?:moved|shipped|dispatched|left|arrived|delivered|been sent|on (?:its|the) way|in transit|coming)\b/i;
/** "Can u check ORD-1001 for me", "pls look up order 1002": where that order stands. */
const CHECK_ON =
  /^(?:(?:hi|hey|hello)\b[\s,!]*)*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|(?:please|pls)\s+)?(?:check|look\s+(?:up|into|at)|track)\s+(?:on\s+)?(?:my\s+|the\s+)?(?:order\s+)?(?:ord|#?\d{3,})/i;
/** A part asked as a question by its words: "where are my headphones", "has it shipped". */
const ASKS =
  /^(?:[^:]{0,20}:\s*)?(?:(?:hi|hey|hello|so|and|also|oh|btw)\b[\s,!]*)*(?:where|where'?s|wheres|when|what|what'?s|whats|which|how|how'?s|hows|is|are|has|have|did|does|do|can you tell)\b|\?\s*$/i;

/** Where a sentence ends: after . ! ? ; or a line break. */
const SENTENCE_END = /[.!?;]+(?=\s|$)|\n+/g;
/** Words that open a new clause: a question, a request, or "I…". */
const CLAUSE_START =
  "(?:do|does|did|can|could|would|will|should|is|are|was|were|has|have|how|what|what's|whats|where|where's|wheres|when|why|which|who|i|i'd|id|i'm|im|i've|ive|i'll|my|please|pls|kindly|cancel|change|update|send|give|refund|return|tell|let|add|remove|check|track|reset|delete|close|unsubscribe|make|ship|expedite|rush|upgrade|speed|any|also|you|your|get me|put me|connect me|transfer me|speak|talk|need|want|wanna|gotta)\\b";
/** A conjunction before a new clause: "… and do you take PayPal", "…, also cancel…". */
const CLAUSE_JOIN = new RegExp(
  `(?:,\\s*|\\s+)(?:(?:and\\s+)?(?:second(?:ly)?|third(?:ly)?|finally|lastly|next)[,:]?|and also|and then|and|also|plus|but also|but|oh and|btw|by the way)\\s+(?=${CLAUSE_START})`,
  "gi",
);
/**
 * A comma before a change asked outright: "where is ORD-1001, cancel ORD-1003 and do you take
 * paypal" makes three requests; the change's own words follow the comma.
 */
const COMMA_CHANGE =
  /,\s*(?=(?:(?:and\s+)?(?:please|pls|then|also|just|so|now)\s+)?(?:cancel|refund|return|rush|expedite|speed up|change|update|add|remove)\s+(?:my|the|this|that|it|order|ord|#?\d{3,}))/gi;
/**
 * A comma before a question of its own: "my frother is broken, is the espresso machine in
 * stock?" tells one thing and asks another (the question runs to its own question mark).
 */
const COMMA_QUESTION =
  /,\s*(?=(?:is|are|do|does|can|could|will|have|has)\s+(?:you|u|ya|the|there|your|ur|it|they|any)\b[^.!?,;]{3,80}(?:\?|,\s*(?:and|also|plus)\s)|(?:can|could|do|may)\s+(?:i|we)\b[^.!?,;]{3,80},\s*(?:and|also|plus)\s)/gi;
/** A person asked for in a clause of its own: "put me through to customer service". */
const PERSON_BEFORE_COMMA =
  /^\W*(?:(?:please|pls|just|ok(?:ay)?)\s+)*(?:put me through to|transfer me to|connect me (?:to|with)|get me|give me|i want|i need|let me (?:talk|speak) (?:to|with)|can i (?:talk|speak) (?:to|with))\s+(?:a |an |the |your |some )?(?:real )?(?:person|human|agent|manager|supervisor|representative|someone|somebody|customer (?:service|support|care))(?:\s+(?:please|pls|now|asap))?\s*$/i;
/** What may open a part without belonging to its request. */
const LEADING = /^(?:[\s,;:.!?-]+|(?:and|also|plus|but|oh|btw|so|then)\b\s*)+/i;

/** An order or tracking number in any form ("ORD-1001", "ord 1001", "#1001", "TRK8800001001"). */
const REFERENCE = /\b(?:ord(?:er)?\s*[-#]?\s*\d+|trk\s*\d+)\b|#?\b\d{3,}\b/gi;
/** Words that only point at a reference ("order 1001", "it's ORD-1001 btw"). */
const POINTING = new Set([
  "order",
  "orders",
  "number",
  "no",
  "nr",
  "num",
  "id",
  "ref",
  "reference",
  "its",
  "it's",
  "it",
  "is",
  "the",
  "my",
  "for",
  "re",
  "pls",
  "please",
  "btw",
  "tracking",
  "ok",
  "okay",
  "so",
]);

/**
 * Whether a part only names an order ("ORD-3001." before "can you send another one"): a
 * reference for the message's request, never a request of its own.
 */
function onlyReference(part: string): boolean {
  if (part.search(REFERENCE) < 0) return false;
  const rest = part.replace(REFERENCE, " ").toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return rest.every((w) => POINTING.has(w));
}

/** The last message cut (the requests and the praise beside trouble both cut it). */
let lastCut: { text: string; parts: readonly Part[] } | null = null;

/** Cuts a message into the parts that may each make a request (callers never change them). */
export function splitRequests(text: string): readonly Part[] {
  if (lastCut?.text === text) return lastCut.parts;
  const parts = cutRequests(text);
  lastCut = { text, parts };
  return parts;
}

function cutRequests(text: string): Part[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(SENTENCE_END)) cuts.add(m.index! + m[0].length);
  for (const m of text.matchAll(CLAUSE_JOIN)) cuts.add(m.index!);
  for (const m of text.matchAll(COMMA_CHANGE)) cuts.add(m.index!);
  for (const m of text.matchAll(COMMA_QUESTION)) cuts.add(m.index!);
  // "this is a joke, where is my keyboard?": the venting before a comma is a part of its own.
  for (const m of text.matchAll(/,/g)) {
    const from = Math.max(...[...cuts].filter((c) => c <= m.index!));
    const before = text.slice(from, m.index!);
    // "put me through to customer service, I want to return…": the person is a part too.
    if (onlyVents(before) || PERSON_BEFORE_COMMA.test(before)) cuts.add(m.index! + 1);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Part[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    let start = points[i];
    let end = points[i + 1];
    const lead = LEADING.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
    while (end > start && /[\s,;:.!?-]/.test(text[end - 1]) && text[end - 1] !== "?") end--;
    const words = text.slice(start, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words >= 2 && !onlyReference(text.slice(start, end))) {
      parts.push({ text: text.slice(start, end), start, end });
    }
  }
  return parts;
}

/**
 * A part asked as a question that the FAQ answers, read weakly by the classifier: a request
 * of an information intent (its own reading where the entry names it, else a policy
 * question), at the lowest confidence a request has; null for anything else.
 */
function faqQuestion(text: string, intent: Intent): { intent: Intent; confidence: number } | null {
  if (!askedAsQuestion(text) || CHANGE_INTENTS.has(intent)) return null;
  const hit = faqFor(text);
  if (hit === null) return null;
  // The entry's own intents say what such a question is; else it asks how the store works.
  const own = hit.entry.intents?.includes(intent) && FAQ_INTENTS.has(intent) ? intent : null;
  return { intent: own ?? "policy_question", confidence: MIN_REQUEST_CONFIDENCE };
}

/**
 * The requests of a message: its own intent first (with the words of the part that makes
 * it, or the whole message), then the other distinct intents its parts make with at least
 * `MIN_REQUEST_CONFIDENCE`, most confident first.
 */
export function detectRequests(
  text: string,
  primary: { intent: Intent; confidence: number },
  classify: ClassifyPart,
  targetOf: (part: string) => string | null = () => null,
  namesIn: (part: string) => readonly string[] = () => [],
): IntentRequest[] {
  // The parts read as the order's trouble for the fault they tell (by where they start).
  const faults = new Set<number>();
  const found = partsAsked(text, primary, classify, targetOf, faults);
  // "No need to talk to a person, just cancel ORD-1003": the person turned down is no request.
  const kept = found.filter((r) => !(r.intent === "human_agent" && personDeclined(r.text)));
  // "Ordered wrong size shoes, 8.5 instead of 9": their own slip, no goods that came wrong.
  return withOwnVariantSlip(
    text,
    withoutTroublesRemedied(
      withFaultBesideQuestion(withoutFaultBesideRemedy(
        withoutVentBesideChange(kept.length > 0 ? kept : found, MIN_REQUEST_CONFIDENCE),
        faults,
      )),
      namesIn,
    ),
  );
}

function partsAsked(
  text: string,
  primary: { intent: Intent; confidence: number },
  classify: ClassifyPart,
  targetOf: (part: string) => string | null,
  faults: Set<number>,
): IntentRequest[] {
  const whole: IntentRequest = {
    intent: primary.intent,
    confidence: primary.confidence,
    text,
    start: 0,
    end: text.length,
  };
  const parts = splitRequests(text);
  if (parts.length < 2) return [whole];
  // One request per intent and what it is about: "when does the monitor ship and what's
  // the tracking for the keyboard" asks the same thing of two orders.
  const best = new Map<string, IntentRequest>();
  let goodsNamed = false;
  for (const p of parts) {
    // Asked before ("is that possible?"), the trouble's options, or a question announced.
    if (
      asksAboutTheRest(p.text) || asksOptions(p.text) || onlyTellsPurchase(p.text) ||
      announced(p.text) === "question"
    ) continue;
    const target = targetOf(p.text);
    // "Hey! quick q - where are my headphones": the question after its announcement.
    const said = withoutLeadIn(p.text);
    let read = replacementNotRefund(p.text, classify(p.text));
    // "and the keyboard? can you refund that too": goods named alone point at what the rest
    // asks, whatever they read as alone (praise, a product question).
    if (target !== null && pointsAtRest(read.intent, p.text)) {
      goodsNamed = true;
      continue;
    }
    // "…but the frother makes a weird noise": a fault told of their goods is the order's trouble.
    if (faultToldInPart(read.intent, p.text)) {
      read = { intent: "delivery_problem", confidence: Math.max(read.confidence, 0.7) };
      faults.add(p.start);
    }
    // "can you change the water bottles to 3 and also the address to …": the count is its own
    // change of items, whatever the address beside it made the part read as.
    if (read.intent !== "modify_order" && setsCount(p.text)) {
      read = { intent: "modify_order", confidence: MIN_REQUEST_CONFIDENCE };
    }
    // "…and tell me how returns work": the rules asked, not the return.
    // (Beside another change only: alone, the rules of returns are answered as they were.)
    const besideChange = CHANGE_INTENTS.has(primary.intent) && primary.intent !== read.intent;
    if (besideChange && CHANGE_INTENTS.has(read.intent) && asksHowItWorks(p.text)) {
      read = { intent: "policy_question", confidence: Math.max(read.confidence, 0.5) };
    }
    // "Can I change the quantity on 1003? want 3 bottles": the count is the change's own.
    if (countOfChange(primary.intent, read.intent, p.text)) continue;
    const weak = read.confidence < MIN_REQUEST_CONFIDENCE || NOT_REQUESTS.has(read.intent);
    // "where are the headphones and has the espresso machine been delivered?": a part that
    // names its own order but reads weakly alone asks what the whole message asks.
    // But a question of its own ("two things: where are my headphones, and can I change the
    // address…") is not turned into the change the rest of the message asks for.
    const ownQuestion = CHANGE_INTENTS.has(primary.intent) && read.intent !== primary.intent &&
      !NOT_REQUESTS.has(read.intent) && !CHANGE_INTENTS.has(read.intent) && ASKS.test(said);
    // A story's "I bought the trail shoes for a race" or "My name is Mike" in a long email is
    // no request of the whole's kind: only what asks borrows the whole's reading.
    const notStory = !tellsStory(p.text);
    if (weak && toldDefect(said)) {
      // "frother's dead :( also are the running shoes in stock": the fault told is the
      // order's trouble, however weakly it reads alone (beside a remedy asked it is dropped
      // as that remedy's reason, `withoutFaultBesideRemedy`).
      read = { intent: "delivery_problem", confidence: MIN_REQUEST_CONFIDENCE };
    } else if (weak && read.intent !== "small_talk" && changesItems(p.text)) {
      // "…and can i add a water bottle to it", "can i get 2 more water bottles on 1003, and
      // can you rush it": a change of the items of their order, however weakly the part reads
      // alone (as buying, or as what the whole message asks).
      read = { intent: "modify_order", confidence: MIN_REQUEST_CONFIDENCE };
    } else if (
      weak && target !== null && (WHERE_IS.test(said) || ASKS_WAY.test(said) || CHECK_ON.test(said))
    ) {
      // "cancle the headphones and wheres my shoes lol": where the shoes are, however unsure
      // the part reads alone — never the cancellation the whole message asks.
      read = { intent: "order_status", confidence: MIN_REQUEST_CONFIDENCE };
    } else if (weak && namesOrder(p.text) && informationAsked(primary.intent) && notStory) {
      // "forgot my password and need to check 2002": an order named beside a question the FAQ
      // answers is asked after, never the password's (or the ways to pay's) question again.
      read = { intent: "order_status", confidence: MIN_REQUEST_CONFIDENCE };
    } else if (weak && ventedWhole(primary.intent, parts) && ORDER_INTENTS.has(read.intent)) {
      // "to be honest I'm really disappointed, my keyboard should be here by now": the whole is
      // a complaint for the venting part; the order's part keeps its own reading.
      read = { intent: read.intent, confidence: MIN_REQUEST_CONFIDENCE };
    } else if (
      weak && target !== null && !NOT_REQUESTS.has(primary.intent) && !ownQuestion && notStory
    ) {
      read = primary;
    } else if (weak && asksForUpdate(p.text)) {
      // "…ORD-2001. I would appreciate an update.": where the order stands.
      read = { intent: "order_status", confidence: MIN_REQUEST_CONFIDENCE };
    } else if (weak && ownAccountWish(read, p.text)) {
      // "i wanna close my account after this refund is done. where's 3002 refund?": the
      // account's change wished for, read a little unsurely alone, is a request of its own.
      read = { intent: read.intent, confidence: MIN_REQUEST_CONFIDENCE };
    } else if (weak && !ownQuestion) {
      // "do you do student discounts? also how do i change my password": a question the FAQ
      // answers is asked, however weakly the classifier reads it alone.
      const faq = faqQuestion(p.text, read.intent);
      if (!faq) continue;
      read = faq;
    }
    // "Change my password and update my phone number": one intent, two questions the FAQ
    // tells apart.
    const topic = ORDER_INTENTS.has(read.intent) ? "" : faqFor(p.text)?.entry.id ?? "";
    const key = `${read.intent}|${target ?? ""}|${topic}`;
    const had = best.get(key);
    if (!had || read.confidence > had.confidence) {
      best.set(key, { intent: read.intent, confidence: read.confidence, ...p });
    }
  }
  const found = [...best.values()];
  // "and the keyboard? can you refund that too", "my monitor order. can i pay with paypal":
  // the goods named alone, the rest asks — one request, in the words of the whole message
  // (the goods say which order).
  if (goodsNamed && found.length === 1) return [{ ...whole, ...pick(found[0]) }];
  const mine = found.filter((r) => r.intent === primary.intent)
    .sort((a, b) => a.start - b.start)[0];
  const rest = byWhatIsAsked(found.filter((r) => r !== mine));
  // Two or more parts ask their own things, none what the whole reads as, and each more
  // surely: the whole's reading is a blend of them, not a request. So it is when the whole
  // reads weakly as one of them: each part is surer of what it asks than the whole is.
  const weak = primary.confidence < MIN_REQUEST_CONFIDENCE;
  // "Where is ORD-1001 and how long do refunds take?" reads as a refund status as a whole,
  // which neither part asks: parts that each ask something of their own, one of them surer
  // than the whole, are the requests (the weaker part is still a question the FAQ or the
  // policy answers).
  const blend = !mine && rest.length >= 2 && rest[0].confidence > primary.confidence &&
    ASKS.test(text);
  if (blend || ((!mine || weak) && rest.length >= 2 && rest[1].confidence > primary.confidence)) {
    return found.sort((a, b) => b.confidence - a.confidence).slice(0, MAX_REQUESTS);
  }
  // A long chatty email read as `other`, or weakly as anything, whose part asks something
  // surely: the part is the request, the whole's reading none ("I bought the trail shoes…
  // I need them sent to my office" is no refund).
  // (Three parts or more: a short message's whole reading still carries its own sense.)
  // A whole read surely as `other` gives way only to a question ("…declined notice. I have
  // checked my information" tells a bank's trouble, no question of ours).
  const chatter = parts.length >= 3 &&
    (weak || (primary.intent === "other" && rest.length > 0 && ASKS.test(rest[0].text)));
  // "I'm pretty annoyed, the keyboard was supposed to be here already", "ugh sorry to bother
  // you again, any way to get the headphones faster? I need them for a flight": a whole read
  // unsurely as nothing of ours gives way to the part that asks something of ours.
  const nothingOfOurs = primary.intent === "other" &&
    (weak || (primary.confidence < SURE_PART && rest.length > 0 &&
      rest[0].confidence >= SURE_PART && ASKS.test(rest[0].text)));
  // "and the keyboard? can you refund that too": the goods named alone, the rest asks.
  if (
    (!mine || nothingOfOurs) && (chatter || nothingOfOurs) && rest.length > 0 &&
    rest[0].confidence > primary.confidence
  ) {
    return rest.slice(0, MAX_REQUESTS);
  }
  const first: IntentRequest = mine ? { ...mine, confidence: primary.confidence } : whole;
  return [first, ...rest].slice(0, MAX_REQUESTS);
}

/** How sure a part's question must be, and a whole read as `other` may not be, for the whole to give way. */
const SURE_PART = 0.6;

/** Whether a part names an order or parcel by its number (not goods: "one of those shirts"). */
function namesOrder(part: string): boolean {
  return part.search(REFERENCE) >= 0;
}

/** An information intent a message may ask beside an order's news (not chat, nor `other`). */
function informationAsked(intent: Intent): boolean {
  return FAQ_INTENTS.has(intent) && !NOT_REQUESTS.has(intent);
}
