/**
 * Short follow-ups on the request the turn before answered, read in its light:
 *
 * - the classifier's unsure reading agrees with that request ("I didn't get the email"
 *   right after the password-reset answer reads, unsurely, as account access): it is that
 *   request, carried on — a support lead would not ask "what would you like to do?";
 * - a bare "why?" / "why not?" / "how come" after an answer about an order asks for the
 *   reason of that answer (a refusal's rule, a delay's cause): the same request, about the
 *   same order.
 *
 * Pure; consulted only where no change waits for a yes and the classifier read no request
 * of its own with confidence.
 */
import type { Entities, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { saysNotArrived } from "../../domain/not_arrived.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { bareFollowUp, optionsAfterTrouble, placeFollowUp } from "./bare_follow_up.ts";
import { policyFollowUp } from "./policy_follow_up.ts";
import { answerPolicyQuestion, isGeneralQuestion } from "../../domain/policy_questions.ts";

/** What the reading needs. */
export interface TopicFollowUpInput {
  text: string;
  reading: IntentEnrichment;
  /** The request the turn before was read as. */
  lastIntent: Intent | null;
  /** The order of the turn before, when there was one. */
  lastOrderId: string | null;
}

/** Below this the classifier's reading is unsure enough to be asked back. */
const UNSURE_BELOW = 0.5;
/** Confidence of a reading carried on from the turn before. */
const CARRIED_CONFIDENCE = 0.8;
/** The most words a follow-up of this kind has. */
const MAX_WORDS = 12;

/** Requests a message can carry on from the turn before: none of a yes, a no or a chat. */
const NOT_CARRIED: ReadonlySet<Intent> = new Set<Intent>([
  "affirm",
  "deny",
  "small_talk",
  "other",
  "human_agent",
  "complaint",
  "feedback",
]);

/** Answers of the store's rules, after which another rule may be asked about in passing. */
const ABOUT_POLICY: ReadonlySet<Intent> = new Set<Intent>([
  "policy_question",
  "shipping_options",
  "payment_methods",
]);

/** "Why?", "why not?", "but why", "how come?", "why is that": the reason asked, nothing else. */
const WHY =
  /^(?:(?:ok(?:ay)?|hmm+|oh|but|so|and|wait|really)\b[\s,.!?]*)*(?:why(?: not| is that| so| though| tho| exactly)?|why (?:so (?:long|slow)|the (?:delay|wait|hold ?up)|is (?:it|this) taking so long|(?:has|hasn'?t) it (?:not )?(?:shipped|arrived|come)(?: yet)?)|how come|what for|on what grounds|what'?s the reason)\s*[?!.]*\s*$/i;

/**
 * "What do you mean delayed?", "delayed by how long", "how long is the delay": a question
 * about what the answer about the order said — that answer again, in its light.
 */
const ABOUT_THE_ANSWER =
  /^(?:(?:ok(?:ay)?|hmm+|wait|sorry|but|so|and|huh)\b[\s,.!?]*)*(?:what do (?:you|u) mean\b|what does that mean\b|(?:delayed|late) (?:by )?how (?:long|much)\b|how (?:long|late|much later) (?:is|will) (?:the delay|it be)\b|how long (?:is|will) (?:the|that) delay\b|by how (?:long|much|many days)\b)/i;

/** A pronoun that points back at what the turn before was about. */
// Not "that": "the one that hasn't shipped" describes an order, it does not point back.
const BACK_REFERENCE = /\b(?:it|them|those)\b/i;
/** "How long will this take?": "this" as the thing the turn before was about, and nothing else. */
const HOW_LONG_THIS =
  /^(?:(?:ok(?:ay)?|so|and|hmm+|right)\b[\s,.!]*)*how (?:long|much longer) (?:will|does|would|is|'?s) (?:this|that) (?:take|be)\b[\s?!.]*$/i;

/** Answers that send something by email: a reset link, an invoice. */
const SENDS: ReadonlySet<Intent> = new Set<Intent>(["account_access", "invoice_request"]);

/** "Send it to my work email", "can you email me a copy", "forward that to bob@x.com". */
const SENT_BY_EMAIL =
  /\b(?:send|sent|resend|forward)\b[^.?!]*\b(?:e-?mail|inbox|@|me)\b|\be-?mail (?:it|that|them|me|a copy)\b|@/i;

/** Whether the message asks for something to be sent by email. */
function sentByEmail(text: string): boolean {
  return SENT_BY_EMAIL.test(text) && /\b(?:e-?mail|inbox)\b|@/i.test(text);
}

/** Whether the message names an order, a product or an item of its own. */
function namesSomething(e: Entities): boolean {
  return e.order_ids.length > 0 || e.products.length > 0 || (e.item_refs?.length ?? 0) > 0 ||
    (e.order_refs?.length ?? 0) > 0 || (e.state_refs?.length ?? 0) > 0 ||
    e.tracking_numbers.length > 0;
}

function withLast(entities: Entities, intent: Intent, orderId: string | null): Entities {
  return ORDER_INTENTS.has(intent) && orderId ? withOrder(entities, orderId) : entities;
}

/**
 * "The vacuum" after we asked whether a refund or a replacement of the lost robot vacuum:
 * a bare item, with no question about it, while our question about an order waits, points
 * at that order — not at the catalogue's vacuums.
 */
export function pointsAtAskedOrder(text: string, entities: Entities): boolean {
  const refs = entities.item_refs ?? [];
  // One thing named, and nothing asked about it: what it is, its price, its stock.
  if (refs.length !== 1 || entities.products.length > 1 || entities.order_ids.length > 0) {
    return false;
  }
  const rest = text.toLowerCase().replace(refs[0].text.toLowerCase(), " ")
    .replace(/[^a-z' ]+/g, " ").split(/\s+/).filter((w) => w !== "");
  return rest.every((w) => BARE_FILLER.has(w));
}

/** Words that may stand beside the item when it is all the message says. */
const BARE_FILLER = new Set([
  "oh",
  "i",
  "mean",
  "meant",
  "the",
  "my",
  "its",
  "it's",
  "one",
  "sorry",
  "yes",
  "yeah",
  "um",
  "uh",
  "well",
]);

/** The reading carried on from the turn before, or null when the message does not follow up. */
export function topicFollowUp(input: TopicFollowUpInput): IntentEnrichment | null {
  const { text, reading, lastIntent, lastOrderId } = input;
  // "What would you suggest?" right after an upset message about an order.
  const after = optionsAfterTrouble(text, { lastIntent, lastOrderId, entities: reading.entities });
  if (after) return carried(reading, after.intent, after.entities);
  if (!lastIntent || NOT_CARRIED.has(lastIntent)) return null;
  const words = text.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  // "Can you send it to my work email instead?" after the invoice: a copy of the document
  // asked for by email, however surely the words read as a new address.
  // ("My work email" is no item of an order, whatever the item reader made of it.)
  const e = reading.entities;
  if (
    lastIntent === "invoice_request" && sentByEmail(text) && e.order_ids.length === 0 &&
    e.products.length === 0 && e.tracking_numbers.length === 0
  ) {
    return carried(reading, lastIntent, withLast(reading.entities, lastIntent, lastOrderId));
  }
  // "Still nothing" right after the reset link or the invoice was sent: that did not come,
  // however surely the words read as a lost parcel.
  if (SENDS.has(lastIntent) && saysNotArrived(text) && e.order_ids.length === 0) {
    return carried(reading, lastIntent, withLast(reading.entities, lastIntent, lastOrderId));
  }
  // "Ok what about the uk" after where we ship: where we ship again, so "how much?" after it
  // is still the cost of shipping there.
  if (lastIntent === "shipping_options" && reading.intent === "other" && placeFollowUp(text)) {
    return carried(reading, "shipping_options", reading.entities);
  }
  // "kk and what about exchanges" right after a policy answer: another rule asked about,
  // however out of scope the words read alone (by the conversation, never alone: "are EUR
  // exchanges acceptable?" to a bank is no question of ours).
  // ("And returns from the uk, who pays?" after where we ship: the same, read unsurely.)
  const unsurePolicy = reading.intent === "policy_question" && reading.confidence < UNSURE_BELOW;
  if (
    ABOUT_POLICY.has(lastIntent) && (reading.intent === "other" || unsurePolicy) &&
    isGeneralQuestion(text, { orders: 0, products: 0 }) && answerPolicyQuestion(text) !== null &&
    !namesSomething(reading.entities)
  ) {
    return carried(reading, "policy_question", reading.entities);
  }
  // "Cool, and returns?" after where we ship: the rule, even read as a return of an order.
  const passing = { lastIntent, read: reading.intent, namesSomething: namesSomething(e) };
  if (policyFollowUp(text, passing)) {
    return carried(reading, "policy_question", reading.entities);
  }
  // "What are my options?" after an answer about an order: what can be done about it.
  if (
    asksOptions(text) && ORDER_INTENTS.has(lastIntent) && lastOrderId &&
    !namesSomething(reading.entities)
  ) {
    return carried(reading, lastIntent, withOrder(reading.entities, lastOrderId));
  }
  // "How much?" right after an order's status: its total (after shipping abroad: the cost).
  const bare = bareFollowUp(text, {
    lastIntent,
    lastOrderId,
    entities: reading.entities,
    read: reading.intent,
  });
  if (bare) return carried(reading, bare.intent, bare.entities);
  if (reading.confidence >= UNSURE_BELOW && !NOT_CARRIED.has(reading.intent)) return null;
  // Another order named: the follow-up readers for other orders have it.
  const named = reading.entities.order_ids.filter((id) => id !== lastOrderId);
  if (named.length > 0) return null;
  if (WHY.test(text.trim()) && ORDER_INTENTS.has(lastIntent) && lastOrderId) {
    return carried(reading, lastIntent, withOrder(reading.entities, lastOrderId));
  }
  if (ABOUT_THE_ANSWER.test(text.trim()) && ORDER_INTENTS.has(lastIntent) && lastOrderId) {
    return carried(reading, lastIntent, withOrder(reading.entities, lastOrderId));
  }
  // "Can you email it to me?" after the invoice: "it" is what the turn before was about.
  const unsure = reading.confidence < UNSURE_BELOW;
  // ("This take" is no item of an order, whatever the item reader made of it.)
  if (unsure && HOW_LONG_THIS.test(text.trim())) {
    return carried(reading, lastIntent, withLast(reading.entities, lastIntent, lastOrderId));
  }
  if (unsure && BACK_REFERENCE.test(text) && !namesSomething(reading.entities)) {
    // "What about returning them?" after a cancellation was refused: "them" is the order
    // of the turn before, and the request is the one the words make, read unsurely.
    const own = ORDER_INTENTS.has(reading.intent) && reading.intent !== lastIntent;
    const intent = own ? reading.intent : lastIntent;
    return carried(reading, intent, withLast(reading.entities, intent, lastOrderId));
  }
  if (reading.intent === lastIntent && unsure) {
    const entities = ORDER_INTENTS.has(lastIntent) && lastOrderId
      ? withOrder(reading.entities, lastOrderId)
      : reading.entities;
    return carried(reading, lastIntent, entities);
  }
  return null;
}

function carried(reading: IntentEnrichment, intent: Intent, entities: Entities): IntentEnrichment {
  const alternatives = [
    { intent: reading.intent, confidence: reading.confidence },
    ...reading.alternatives,
  ].filter((a) => a.intent !== intent).slice(0, 3);
  return {
    ...reading,
    intent,
    confidence: CARRIED_CONFIDENCE,
    alternatives,
    entities,
    source: "conversation",
  };
}

function withOrder(entities: Entities, orderId: string): Entities {
  return entities.order_ids.length > 0 ? entities : { ...entities, order_ids: [orderId] };
}
