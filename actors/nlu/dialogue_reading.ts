/**
 * Reads a message in the light of the conversation (the change waiting, what our last reply
 * asked, the request and order talked of): "no actually the refund" is a switch to the other
 * change, an address alone the answer to our question, "ok and the espresso machine?" the same
 * request about another order — though the classifier, reading each alone, sees otherwise. Pure.
 */
import type {
  Dialogue,
  Entities,
  Intent,
  IntentEnrichment,
  PendingAction,
} from "../../shared/protocol.ts";
import { answerToAsked, goodsChosen } from "./asked_answer.ts";
import { CHANGE_INTENT, restatesChange, switchedChange } from "./change_switch.ts";
import { followUpOf, onlyCorrects, picksOnly, pointsAtOrder } from "./follow_up.ts";
import { carriedRequest } from "./carried_request.ts";
import { correctedRequest } from "./pending_correction.ts";
import { pointsAtAskedOrder, topicFollowUp } from "./topic_follow_up.ts";
import { asksOptions } from "../../domain/assistant_asked.ts";
import { checkAgain } from "./check_again.ts";
import { POINTS_BACK } from "./restated_elsewhere.ts";
import { estimateDoubtReading, missedEstimate } from "./estimate_reading.ts";
import { productFollowUp } from "./product_follow_up.ts";
import { namesItemsToReturn, widensReturn } from "./pending_items.ts";
import { narrowsCancel } from "./pending_cancel_items.ts";
import { choiceOverPending } from "./asked_over_pending.ts";
import { correctsReturnedItem } from "./return_other_item.ts";
import { calledOffBeforeQuestion, insteadOfPending, turnsDownFirst } from "./instead_of.ts";
import { carriedToOther, carriesChange } from "./change_carried.ts";
import { backToWas, correctsPendingItems, countForNo } from "./pending_quantity.ts";
import { asksToSendInstead } from "../../domain/send_instead.ts";
import { withListedPick } from "./order_pick.ts";
import { withOrderPicked } from "./order_picked.ts";
import { withMissingOrder } from "./missing_order.ts";
import { changeAgainAfterNo } from "./after_not_yet.ts";
import { correctsPendingMethod } from "./pending_method.ts";
import { sameForOther } from "./same_for_other.ts";
import { listChoice } from "./list_pick_name.ts";
import { pickedOrNarrowed } from "./deferred_pick.ts";
import { withAddedChange } from "./added_change.ts";
import { withTalkedProduct } from "./talked_product.ts";
import { letGoReading } from "./let_go_reading.ts";

/** Readings of a message that only names an item, not a request of its own. */
const PLAIN_NAMING: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "other",
  "small_talk",
  "deny",
]);

/** What the reading needs: the message, its reading so far, and the conversation's state. */
export interface DialogueInput {
  text: string;
  /** The reading so far: the classifier's, the LLM's, or the answer to the pending change. */
  reading: IntentEnrichment;
  pending: PendingAction | null;
  dialogue: Partial<Dialogue> | null | undefined;
  /** The order of the turn before, when there was one. */
  lastOrderId: string | null;
  /** The request the turn before was read as, when known. */
  lastIntent?: Intent | null;
  /** The catalogue's names, for the products the conversation looked up (by sku). */
  catalogue?: readonly { sku: string; name: string }[];
}

/** Confidence of a reading the conversation gives: it rests on our own question. */
const ANSWER_CONFIDENCE = 0.9;
/** Confidence of an elliptical follow-up carried on from the turn before. */
const FOLLOW_UP_CONFIDENCE = 0.8;

/** Readings that leave the message's request open: a follow-up may fill it. */
const OPEN_READING: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "small_talk",
  "product_question",
  "place_order",
  "complaint",
  "feedback",
]);
/** Below this the classifier's reading of a follow-up gives way to the conversation's. */
const UNSURE_BELOW = 0.5;

/** How the conversation reads the message, or the reading unchanged when it adds nothing. */
export function readInDialogue(input: DialogueInput): IntentEnrichment {
  // "Forget the headphones" (put off), "scrap the cancellation" (waiting): let go by name.
  const letGo = letGoReading(input.reading, input.text, input.pending, input.dialogue);
  if (letGo) return letGo;
  // "Same for the other one" while a change waits: that change for both orders.
  const read = sameForOther(input.reading, input.text, input.pending) ??
    pickedOrNarrowed(input) ?? switchReading(input) ??
    answerReading(input) ??
    carriedToOther(input.reading, input.text, input.dialogue, input.pending) ??
    followUpReading(input) ?? topicReading(input) ?? input.reading;
  // "Cancel the third one" after a reply that named several orders: that order.
  const picked = withOrderPicked(
    withListedPick(read, input.text, input.dialogue, input.pending),
    input,
  );
  // "It's my order, cancel it" after we could not find the order they named: still that one.
  const carried = withMissingOrder(picked, input.text, input.dialogue, input.pending);
  // "Not yet" to the cancellation, then "ok now do it": the cancellation proposed again.
  const again = changeAgainAfterNo(carried, input.text, input);
  // "Oh and add a water bottle too" while the speed-up waits: kept for after it.
  return withTalkedProduct(withAddedChange(again, input.text, input.pending), input.text, input);
}

/** "No actually the refund" while a replacement waits: a request for the refund instead. */
function switchReading(input: DialogueInput): IntentEnrichment | null {
  const { pending, reading, text } = input;
  // "Both please", "yes, all of it", "the espresso machine too" while the return of part of
  // the order waits: the return asked again for more of it, proposed for its own yes.
  if (pending && reading.confirmation !== "deny" && widensReturn(text, reading.entities, pending)) {
    const intent = pending.action.type === "refund" ? "refund_request" : "return_item";
    return {
      ...conversational(reading, intent, ANSWER_CONFIDENCE),
      entities: withOrder(reading.entities, pending.action.order_id),
      confirmation: "new_request",
    };
  }
  if (!pending || reading.confirmation === "affirm") return null;
  // "Sorry, I meant the other order": the same change, for the order now named.
  const corrected = correctedRequest({
    text,
    entities: reading.entities,
    pending: { type: pending.action.type, order_id: pending.action.order_id },
  });
  // "No the other one, the frother" while the espresso machine's return waits: the item.
  if (corrected && !correctsReturnedItem(text, reading.entities, pending)) {
    const pendingOrder = pending.action.order_id;
    const order_ids = reading.entities.order_ids.filter((id) => id !== pendingOrder);
    return {
      ...conversational(reading, corrected, ANSWER_CONFIDENCE),
      entities: { ...reading.entities, order_ids },
      confirmation: "new_request",
      withdraws_pending: true,
    };
  }
  // "Yes send it" while a refund waits whose offer named the goods: the replacement.
  if (reading.confirmation === "unclear" && asksToSendInstead(text, pending)) {
    return {
      ...conversational(reading, "delivery_problem", ANSWER_CONFIDENCE),
      entities: withOrder(reading.entities, pending.action.order_id),
      confirmation: "new_request",
    };
  }
  // "Yes but not the express one, overnight": the speed-up again, at the speed now asked.
  if (reading.confirmation !== "deny" && correctsPendingMethod(text, pending)) {
    return {
      ...conversational(reading, "shipping_options", ANSWER_CONFIDENCE),
      entities: withOrder(reading.entities, pending.action.order_id),
      confirmation: "new_request",
    };
  }
  // "Actually make it 4", "I meant the bottles" while a change of items waits: corrected.
  // ("Wait no, just the water bottles" reads alone as a question about the bottles.)
  const itemsUnclear = reading.confirmation === "unclear" || countForNo(text, reading, pending) ||
    (reading.confirmation === "new_request" && PLAIN_NAMING.has(reading.intent));
  if (itemsUnclear && correctsPendingItems(text, reading.entities, pending)) {
    return {
      ...conversational(reading, "modify_order", ANSWER_CONFIDENCE),
      entities: withOrder(reading.entities, pending.action.order_id),
      confirmation: "new_request",
      ...backToWas(text, pending),
    };
  }
  // "Ok cancel the shoes then" while the whole order's cancellation waits: those items only.
  if (narrowsCancel(text, reading.entities, pending, reading.confirmation === "deny")) {
    return {
      ...conversational(reading, "cancel_order", ANSWER_CONFIDENCE),
      entities: withOrder(reading.entities, pending.action.order_id),
      confirmation: "new_request",
    };
  }
  // "The espresso machine, it stopped working" while the whole order's return waits; "wait
  // no, the frother only" while the espresso machine's does.
  if (
    (reading.confirmation === "unclear" && namesItemsToReturn(text, reading.entities, pending)) ||
    correctsReturnedItem(text, reading.entities, pending)
  ) {
    return {
      ...conversational(reading, "return_item", ANSWER_CONFIDENCE),
      entities: withOrder(reading.entities, pending.action.order_id),
      confirmation: "new_request",
    };
  }
  const change = switchedChange(text, pending.action.type);
  // "Can I just change the address instead?": the change waiting is turned from.
  const instead = change ? null : insteadOfPending(reading, text, pending);
  if (instead) return instead;
  if (!change && reading.confirmation === "new_request" && turnsDownFirst(text)) {
    return { ...reading, withdraws_pending: true };
  }
  // "Oh wait scratch that, where is 1001 now?" read as no clear answer: called off, and asked.
  if (!change && calledOffBeforeQuestion(text, reading)) {
    return { ...reading, confirmation: "new_request", withdraws_pending: true };
  }
  if (!change) {
    // "The refund" while the refund waits: not a yes, and no request to read as another.
    const restated = reading.confirmation === "new_request" &&
      restatesChange(text, pending.action.type);
    if (!restated) return null;
    // "Refund please" right after turning to the broken mixer, while the lost vacuum's refund
    // waits: the same change for the order talked of now, proposed in its place.
    const focus = input.dialogue?.focus?.order_id ?? null;
    if (
      focus && pending.action.order_id && focus !== pending.action.order_id &&
      !namesOrder(reading.entities) && !POINTS_BACK.test(text)
    ) {
      return {
        ...reading,
        entities: withOrder(reading.entities, focus),
        withdraws_pending: true,
        source: "conversation",
      };
    }
    return { ...reading, confirmation: "unclear", source: "conversation" };
  }
  const intent = CHANGE_INTENT[change];
  return {
    ...conversational(reading, intent, ANSWER_CONFIDENCE),
    entities: withOrder(reading.entities, pending.action.order_id),
    confirmation: "new_request",
  };
}

/** The address, items or choice our last reply asked for. */
function answerReading(input: DialogueInput): IntentEnrichment | null {
  const asked = input.dialogue?.asked;
  // "Refund it" to our choice about the lost vacuum while another order's return waits.
  const over = choiceOverPending(asked, input.pending, input.text, input.reading);
  if (over) {
    const entities = { ...input.reading.entities, order_ids: [over.order_id] };
    const read = conversational(input.reading, over.intent, ANSWER_CONFIDENCE);
    return { ...read, entities, confirmation: "new_request" };
  }
  if (!asked || input.pending) return null;
  // "The vacuum" after "a refund or a replacement?" about the lost vacuum: that order ("I want
  // the vacuum" is the replacement, below). Only after a choice: "which item?" takes items.
  const choice = asked.slot === "choice" && asked.order_id && !goodsChosen(asked, input.text);
  if (choice && pointsAtAskedOrder(input.text, input.reading.entities)) {
    return {
      ...conversational(input.reading, "order_status", ANSWER_CONFIDENCE),
      entities: withOrder(input.reading.entities, asked.order_id),
    };
  }
  // "Ok so what are my options?" after "a refund or a replacement — which would you prefer?":
  // the choice asked again, for the same order.
  if (asked.slot === "choice" && asked.order_id && asksOptions(input.text)) {
    return {
      ...conversational(input.reading, asked.intent, ANSWER_CONFIDENCE),
      entities: withOrder(input.reading.entities, asked.order_id),
    };
  }
  const answer = answerToAsked(asked, input.text, {
    entities: input.reading.entities,
    reading: input.reading,
  });
  if (!answer) return null;
  return {
    ...conversational(input.reading, answer.intent, ANSWER_CONFIDENCE),
    entities: withOrder(input.reading.entities, answer.order_id),
  };
}

/** "And the espresso machine?", "so it's really gone?": the request of the turn before. */
function followUpReading(input: DialogueInput): IntentEnrichment | null {
  const { reading, text } = input;
  if (input.pending) return null;
  // "The one that got delivered" reads as a delivery problem alone: it only says which order.
  const open = OPEN_READING.has(reading.intent) || reading.confidence < UNSURE_BELOW ||
    (reading.intent !== "affirm" &&
      (onlyCorrects(text, reading.entities) || picksOnly(text, reading.entities)));
  // "Where's mine?" is about their order whether or not the classifier saw that much.
  const own = open || reading.intent === "order_status" ? ownAfterProduct(input) : null;
  if (own) return own;
  // "How much is it?" after the water bottle's stock: the water bottle's price.
  const same = productFollowUp({
    text,
    reading,
    topic: input.dialogue?.topic ?? null,
    looked: input.dialogue?.products ?? [],
    catalogue: input.catalogue ?? [],
  });
  if (same) return same;
  const picked = listPick(input);
  if (picked) return picked;
  if (!open) return null;
  const kind = followUpOf(text, reading.entities);
  if (!kind) return null;
  const focus = input.dialogue?.focus?.order_id ?? input.lastOrderId;
  if (kind === "state") {
    // About the order already talked of (or named): with none, there is nothing to carry on.
    if (!focus && !namesOrder(reading.entities)) return null;
    return conversational(reading, "order_status", FOLLOW_UP_CONFIDENCE);
  }
  const topic = input.dialogue?.topic ?? null;
  // "Sorry, I meant the other order": the request stands, whatever it was — a change too
  // (it is proposed again, for the order now named, and waits for a yes).
  if (kind === "correction") {
    return conversational(reading, topic ?? "order_status", FOLLOW_UP_CONFIDENCE);
  }
  // After a product's stock or price, "and the milk frother?" asks the same of that product;
  // "and 2002?" names an order, whatever was asked before.
  const intent = carriedRequest({
    topic,
    rule: input.dialogue?.rule ?? null,
    product: reading.entities.products.length > 0 && reading.entities.order_ids.length === 0,
    change: carriesChange(topic, input.dialogue?.done) &&
      (namesOrder(reading.entities) || OTHER_ORDER.test(text) ||
        pointsAtOrder(text, reading.entities)),
  });
  return conversational(reading, intent, FOLLOW_UP_CONFIDENCE);
}

/** "I didn't get the email" after the password answer, "why not?" after a refusal. */
function topicReading(input: DialogueInput): IntentEnrichment | null {
  // A refused change kept for another order (`options`) asks nothing the topic cannot carry.
  if (input.pending) return null;
  const follow = {
    text: input.text,
    reading: input.reading,
    lastIntent: input.lastIntent ?? null,
    lastOrderId: input.dialogue?.focus?.order_id ?? input.lastOrderId,
  };
  // "And if it doesn't?" after "…ask me to speed it up": the estimate missed, not the offer.
  if (input.dialogue?.asked && !input.dialogue.asked.options) return missedEstimate(follow);
  // "Can you check again?" after a payment not seen: that, looked at once more.
  // "Is that guaranteed?" after a delivery estimate: that estimate, not the warranty.
  return checkAgain(follow) ?? estimateDoubtReading(follow) ?? topicFollowUp(follow);
}

/** "What about the other one?": the order beside the one talked of. */
const OTHER_ORDER = /\b(?:the|my|your)\s+other\s+(?:one|order|parcel|package)\b/i;

/** "Mine", "my one", "the one I ordered": the customer's own of the product talked of. */
const OWN = /\b(?:mine|my one|my own(?: one)?|the one i (?:ordered|bought|got))\b/i;
/** Where it is or when it comes: a question about an order of it. */
const WHERE = /\b(?:where(?:'?s)?|when|arriv\w*|coming|come|ship\w*|deliver\w*|status|track\w*)\b/i;

/**
 * "Ok and where's mine?" after the stock of a product: the status of their own order of it,
 * named by the products the conversation looked up, for the context to find among theirs.
 */
function ownAfterProduct(input: DialogueInput): IntentEnrichment | null {
  const { reading, text } = input;
  const looked = input.dialogue?.products ?? [];
  if (input.dialogue?.topic !== "product_question" || looked.length === 0) return null;
  if (reading.entities.products.length > 0 || reading.entities.order_ids.length > 0) return null;
  if (text.trim().split(/\s+/).length > 9 || !OWN.test(text) || !WHERE.test(text)) return null;
  const names = new Map((input.catalogue ?? []).map((p) => [p.sku, p.name]));
  const products = looked.flatMap((sku) => names.has(sku) ? [{ sku, name: names.get(sku)! }] : []);
  if (products.length === 0) return null;
  return {
    ...conversational(reading, "order_status", FOLLOW_UP_CONFIDENCE),
    entities: { ...reading.entities, products },
  };
}

/**
 * "The second one", "the cheapest one" after we listed products and asked which: that
 * product (by price, all of them, for the context to choose among with the store's prices).
 * Whatever the classifier made of it — "the first one" reads like an order by its age.
 */
function listPick(input: DialogueInput): IntentEnrichment | null {
  const { reading, text } = input;
  const listed = input.dialogue?.listed ?? [];
  if (input.dialogue?.topic !== "product_question" || listed.length < 2) return null;
  if (reading.entities.products.length > 0 || reading.entities.order_ids.length > 0) return null;
  const products = listChoice(text, listed, input.catalogue ?? []);
  if (products.length === 0) return null;
  return {
    ...conversational(reading, "product_question", FOLLOW_UP_CONFIDENCE),
    entities: { ...reading.entities, products, state_refs: [] },
  };
}

/** The reading with `intent` from the conversation, the classifier's kept as an alternative. */
function conversational(r: IntentEnrichment, intent: Intent, confidence: number): typeof r {
  const alternatives = [
    { intent: r.intent, confidence: r.confidence },
    ...r.alternatives,
  ].filter((a) => a.intent !== intent).slice(0, 3);
  return { ...r, intent, confidence, alternatives, source: "conversation" };
}

/** Whether the entities name an order by its number ("ORD-1003", "1003"). */
function namesOrder(entities: Entities): boolean {
  return entities.order_ids.length > 0 || (entities.order_refs ?? []).length > 0;
}

/** The entities with `orderId` as the order meant, when the message names none itself. */
function withOrder(entities: Entities, orderId: string | null): Entities {
  if (!orderId || entities.order_ids.length > 0) return entities;
  return { ...entities, order_ids: [orderId] };
}
