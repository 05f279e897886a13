/**
 * The intent actor: what the customer wants (DESIGN.md's taxonomy), how sure we are, up
 * to three alternatives, and the facts in the text. An LLM answers when one is configured;
 * on any error, invalid answer or passed deadline the built-in classifier answers instead.
 */
import type { Llm } from "../shared/llm.ts";
import { describeError } from "../shared/errors.ts";
import type {
  Entities,
  Intent,
  IntentEnrichment,
  Message,
  PendingAction,
} from "../shared/protocol.ts";
import type { ActorContext, ActorDef } from "../shared/actor.ts";
import { enrich } from "../shared/actor.ts";
import { type ConfirmationReading, readReplyToPending } from "./nlu/confirmation.ts";
import { inSession } from "./nlu/restated_elsewhere.ts";
import { asAssistantQuestion, optionsWhilePending } from "./nlu/assistant_reading.ts";
import { extractEntities } from "./nlu/entities.ts";
import { withLanguage } from "./nlu/language_guard.ts";
import {
  type IntentClassifier,
  type IntentPrediction,
  sharedIntentClassifier,
} from "./nlu/intent_model.ts";
import { intentPrompt, LlmIntentAnswer, mergeLlmAnswer } from "./nlu/llm_intent.ts";
import type { ProductRef } from "./nlu/products.ts";
import { catalogueOf, productIndex, productNames } from "./nlu/catalogue_cache.ts";
import { detectRequests } from "./nlu/requests.ts";
import { readInDialogue } from "./nlu/dialogue_reading.ts";
import { withoutRefusedRefund } from "./nlu/refused_refund.ts";
import { asPaidQuestion } from "./nlu/paid_asked.ts";
import { asMoneyBackAsked } from "./nlu/money_back.ts";
import { asPaidBy } from "./nlu/paid_by.ts";
import { asOrdersList } from "./nlu/orders_asked.ts";
import { asItemsChange } from "./nlu/items_asked.ts";
import { asAccountWords } from "./nlu/account_words.ts";
import { asExpediteAsked } from "./nlu/expedite_asked.ts";
import { withoutRefundWhenPaid } from "./nlu/money_paid.ts";
import { afterDoneReading } from "./nlu/after_done.ts";
import { asGeneralQuestion } from "./nlu/general_question.ts";
import { afterTurnBack } from "./nlu/turn_back.ts";
import { plainRequest } from "./nlu/ack_request.ts";
import { changeOfNamedOrder } from "./nlu/change_verb.ts";
import { asThingChange } from "./nlu/thing_change.ts";
import { arrivedEarly } from "./nlu/arrived_early.ts";
import { asTyped, readVerbTypos, typedText } from "./nlu/verb_typos.ts";
import { readPastDeclinedPerson } from "./nlu/person_turned_down.ts";
import { whereIsMyGoods } from "./nlu/where_is.ts";
import { goodsNews } from "./nlu/goods_news.ts";
import { ownApology } from "./nlu/own_apology.ts";
import { labelOfReturn } from "./nlu/label_asked.ts";
import { againstPending, OWN_REQUEST } from "./nlu/restated_pending.ts";
import { calledOffReading } from "./nlu/called_off_reading.ts";
import { asStoreRuleQuestion } from "./nlu/store_rules.ts";
import { reactionAfterNews } from "./nlu/reaction_reading.ts";
import { withoutIronicPraise } from "./nlu/ironic_reading.ts";
import { praiseNotYes } from "./nlu/praise_not_yes.ts";
import { withoutLeadIn } from "./nlu/lead_in.ts";
import { withoutQuoted, withQuotedOrders } from "../domain/email_quote.ts";
import { readSlots, writtenSpan } from "./nlu/slots.ts";
import {
  afterYes,
  targetFinder,
  targetsIn,
  withDefaultOrder,
  withSlotRefs,
} from "./nlu/reading_parts.ts";
import { YES_THEN_QUESTION, yesThenQuestion } from "./nlu/yes_then_question.ts";
import { asRefundAsked } from "./nlu/refund_asked.ts";

/** The part of the LLM client the intent actor uses. */
export type IntentLlm = Pick<Llm, "completeJson">;

/** What the intent actor needs. Everything but `llm` is optional. */
export interface IntentDeps {
  /** The LLM; null means the classifier alone. */
  llm: IntentLlm | null;
  /** The built-in classifier; default the one trained on our examples. */
  classifier?: IntentClassifier;
  /** The catalogue, for product entities. */
  products?: readonly ProductRef[];
  /** `LLM_TIMEOUT_MS` caps the LLM's share of the step. */
  config?: { LLM_TIMEOUT_MS: number };
}

/** Deadline of one intent step in ms. */
export const INTENT_DEADLINE_MS = 5000;
/** Time kept back from the LLM so the classifier can still answer within the deadline. */
const CLASSIFIER_RESERVE_MS = 250;

/** Intents an unclear reply to a pending change is never given: they would act or route. */
const UNCLEAR_NEVER: ReadonlySet<Intent> = new Set<Intent>(["affirm", "deny", "human_agent"]);

/** Reads the intent and entities of the customer's message. */
export const intentActor: ActorDef<"intent", IntentDeps> = {
  name: "intent",
  key: "intent",
  deadlineMs: INTENT_DEADLINE_MS,
  warmUp(deps) {
    // Loading the weights (or training, when they are stale) before the first message waits.
    deps.classifier ?? sharedIntentClassifier();
    productIndex(deps.products);
  },
  async process(msg, deps, ctx) {
    return enrich(
      withLanguage(await understand(msg, deps, ctx), msg.payload.customer_message.text),
    );
  },
};

/** The intent enrichment of a message (the actor's work, callable on its own). */
export async function understand(
  msg: Message,
  deps: IntentDeps,
  ctx: Pick<ActorContext, "signal" | "now" | "log">,
): Promise<IntentEnrichment> {
  const started = performance.now();
  const session = msg.session;
  // An email's quote of our earlier reply is not the customer's words.
  const whole = withoutQuoted(msg.payload.customer_message.text);
  // "cancel ORD-2002... actually wait, no, where is the keyboard": only the last thought
  // counts. With a change pending, the confirmation reader reads turn-backs itself.
  const written = typedText(session.pending_action ? whole : afterTurnBack(whole) ?? whole);
  // Template slots ("{{Order Number}}") are read as what they stand for; the facts come from
  // the words as written, with an order-number slot as an order given but unknown.
  const slotted = readSlots(written);
  // "Sure, but first, how long do refunds take?": with nothing pending, the lead-in asks nothing.
  const text = session.pending_action ? slotted.text : withoutLeadIn(slotted.text);
  const entities = withSlotRefs(
    withQuotedOrders(
      extractEntities(written, { now: ctx.now(), products: productIndex(deps.products) }),
      msg.payload.customer_message.text,
      whole,
    ),
    slotted.slots,
  );
  const classifier = deps.classifier ?? sharedIntentClassifier();
  const knownNames = productNames(deps.products);
  // "refnd 1002 pls": a short typo of a change's verb, read as the verb.
  const readAlone = (t: string) => classifier.classify(t, { knownNames });
  // "No, I don't want to talk to anyone, I want the vacuum": what it asks besides the person.
  const predicted = readVerbTypos(
    readPastDeclinedPerson(readAlone(text), text, readAlone),
    text,
    readAlone,
  );

  const pending = session.pending_action;
  // "ok" after the handoff's reply acknowledges the handoff as much as the change asked again.
  const reading = pending
    ? inSession(text, readPendingReply(text, pending, deps), session, entities)
    : null;
  let result: IntentEnrichment;
  if (pending && reading && reading.label !== "new_request") {
    result = answerToPending(reading, predicted, entities, pending);
  } else {
    result = reading
      ? asRequest(reading, predicted, entities)
      : { ...predicted, entities, source: predicted.source };
    if (deps.llm && predicted.source !== "rules") {
      const budget = Math.floor(Math.min(
        deps.config?.LLM_TIMEOUT_MS ?? INTENT_DEADLINE_MS,
        INTENT_DEADLINE_MS - CLASSIFIER_RESERVE_MS - (performance.now() - started),
      ));
      const fromLlm = budget > 0 ? await askLlm(deps.llm, msg, budget, ctx) : null;
      // With a change pending, only the confirmation reader may say yes or no.
      const yesOrNo = fromLlm?.intent === "affirm" || fromLlm?.intent === "deny";
      if (fromLlm && !(reading && yesOrNo)) {
        result = {
          ...mergeLlmAnswer(fromLlm, predicted, entities),
          confirmation: result.confirmation,
        };
      }
    }
  }
  // "Fine, refund it" with nothing waiting; "can i get a new one" about an order.
  const readPart = (t: string) => classifier.classify(t, { knownNames });
  if (!pending) result = plainRequest(result, text, session, readPart);
  // What the conversation makes of it: a switch to the other change, the answer to our
  // question, the same request about another order.
  result = readInDialogue({
    text,
    reading: result,
    pending,
    dialogue: session.dialogue,
    lastOrderId: session.last_order_id,
    lastIntent: session.last_intent,
    catalogue: deps.products,
  });
  // "Actually make it 2 more", "did it work?", "can you undo that?" after a change was
  // carried out: read in the light of that change.
  result = afterDoneReading(result, text, session.dialogue, Boolean(pending));
  // An answer to our question is one answer; anything else may ask several things at once.
  const requests = result.source === "conversation"
    ? [{ intent: result.intent, confidence: result.confidence, text, start: 0, end: text.length }]
    : detectRequests(
      text,
      result,
      (part) => classifier.classify(part, { knownNames }),
      targetFinder(entities),
      targetsIn(entities),
    );
  if (slotted.slots.length > 0) {
    // Each request in the customer's own words, slots and all (its offsets in those words).
    for (const [i, r] of requests.entries()) {
      const span = writtenSpan(slotted, r.start, r.end);
      requests[i] = { ...r, ...span, text: written.slice(span.start, span.end) };
    }
  }
  if (requests[0].intent !== result.intent) {
    // The whole message read as a blend of the requests its parts make: the surest is its intent.
    const { intent, confidence } = requests[0];
    const alternatives = [
      { intent: result.intent, confidence: result.confidence },
      ...result.alternatives,
    ].filter((a) => a.intent !== intent).slice(0, 3);
    result = { ...result, intent, confidence, alternatives };
  }
  // "How do returns work?" asks about the policy, not for a return.
  // "Can I get more water bottles in my order?" changes their order; it buys nothing new.
  const readFirst = asExpediteAsked(
    withoutRefundWhenPaid(
      asAccountWords(
        asItemsChange(
          asMoneyBackAsked(
            asPaidQuestion(
              withoutRefusedRefund(
                asGeneralQuestion({ ...result, requests }, text),
                text,
                (rest) => classifier.classify(rest, { knownNames }),
              ),
              text,
            ),
            text,
          ),
          text,
        ),
        text,
      ),
      text,
    ),
    text,
    ctx.now(),
  );
  // "I paid by bank transfer": about the order's payment, not the ways to pay.
  // "Whats in my orders": the list of their orders.
  // "Refund my lost vacuum", "i want my keyboard": what returns and refunds ask (talk13).
  const paidBy = asPaidBy(readFirst, text, session.dialogue);
  const read = asRefundAsked(asThingChange(asOrdersList(paidBy, text), text), text);
  // "Cancle the water bottles from 1003": a change of the order named, not a product question;
  // "and the vacuum, any news?": the order's status; "sorry for being rude": small talk.
  const changed = changeOfNamedOrder({ ...read, read_as: predicted.spelt }, text) ??
    whereIsMyGoods(read, text) ?? goodsNews(read, text) ?? ownApology(read, text) ??
    labelOfReturn(read, text, session.dialogue);
  const base = changed ? { ...changed, read_as: read.read_as } : read;
  // Irony ("wow thanks a lot, late AGAIN"), a reaction to an order's news, praise that is no
  // yes, a service the store does not offer — each read in turn.
  const unironic = withoutIronicPraise(base, text);
  const reacted = reactionAfterNews(unironic, text, {
    dialogue: session.dialogue,
    pendingChange: !!pending,
    lastIntent: session.last_intent ?? null,
  });
  const turn = { dialogue: session.dialogue, pendingChange: !!pending };
  const service = asStoreRuleQuestion(
    praiseNotYes(pending ? reacted : arrivedEarly(reacted, text), text, turn),
    text,
    turn,
  );
  // "Never mind the person, where is ORD-3002": the call-off asks nothing; the rest does.
  const kept = calledOffReading(service, text, {
    queued: !!session.open_handoff,
    pendingChange: pending ?? false,
    classify: (rest) => classifier.classify(rest, { knownNames }),
  });
  // "R u a real person?", "what can you do?": about the assistant, not a request.
  const done = withDefaultOrder(asAssistantQuestion(kept, text, session), session.last_order_id);
  // The spelling read (shorthand, typos) travels as `read_as`, for replies that look for words.
  const { spelt: _spelt, ...enrichment } = done as IntentEnrichment & { spelt?: string };
  const readAs = predicted.spelt ?? asTyped(whole);
  return readAs ? { ...enrichment, read_as: readAs } : enrichment;
}

/**
 * Reads the message as the answer to the pending change, with the same classifier the
 * actor uses to tell a second request. The intent actor's only way to a yes or a no while
 * a change is pending; the confirmation set's test measures it.
 */
export function readPendingReply(
  text: string,
  pending: PendingAction,
  deps: Pick<IntentDeps, "classifier" | "products">,
): ConfirmationReading {
  const classifier = deps.classifier ?? sharedIntentClassifier();
  const knownNames = productNames(deps.products);
  const classify = (t: string) => classifier.classify(t, { knownNames });
  // "What are my options?" while the change waits: a question about it, no request.
  const opts = { pending: pending.action, classify, read: readReplyToPending };
  const read = yesThenQuestion(
    optionsWhilePending(readReplyToPending(text, opts), text),
    text,
    opts,
  );
  // "No, just remove one water bottle": the no makes way for another change of the items;
  // "overnight then" while express waits: that speed instead; the change said again: a yes.
  return againstPending(read, text, pending, { classify, ...catalogueOf(deps.products) });
}

/** A yes, a no or an unclear reply to the pending change, about the pending change's order. */
function answerToPending(
  reading: ConfirmationReading,
  predicted: IntentPrediction,
  entities: Entities,
  pending: PendingAction,
): IntentEnrichment {
  const order = pending.action.order_id;
  const about = entities.order_ids.length === 0 && order
    ? { ...entities, order_ids: [order] }
    : entities;
  if (reading.label === "affirm" || reading.label === "deny") {
    // "Yes, and can you also return ORD-1002?": the return is raised once the yes is done.
    const after = reading.label === "affirm" && reading.request && reading.requestText
      ? afterYes(reading.request.intent, reading.requestText)
      : null;
    return {
      intent: reading.label,
      confidence: 0.95,
      alternatives: predicted.alternatives.filter((a) => a.intent !== reading.label).slice(0, 3),
      entities: about,
      source: "conversation",
      confirmation: reading.label,
      ...(after ? { after_yes: after } : {}),
    };
  }
  // Unclear: whatever the classifier thought, it is no yes or no to the change, and not
  // sure enough to hand the conversation over ("let me ask my husband first").
  const routes = (i: Intent) => UNCLEAR_NEVER.has(i);
  return {
    intent: routes(predicted.intent) ? "other" : predicted.intent,
    confidence: routes(predicted.intent) ? 0.5 : predicted.confidence,
    alternatives: predicted.alternatives.filter((a) => !routes(a.intent)).slice(0, 3),
    entities: about,
    source: "conversation",
    confirmation: "unclear",
  };
}

/** A request of its own made while a change is pending: its intent, never a yes or a no. */
function asRequest(
  reading: ConfirmationReading,
  predicted: IntentPrediction,
  entities: Entities,
): IntentEnrichment {
  // "Can you send it?" to a refund: the replacement asked for, whatever the words read as.
  const notRequest = ["affirm", "deny", "small_talk", "other"].includes(predicted.intent) ||
    reading.reason === "asks for a replacement instead" || reading.reason === OWN_REQUEST;
  const r = notRequest ? reading.request : predicted;
  const intent = r?.intent ?? "other";
  return {
    intent,
    confidence: r?.confidence ?? 0.3,
    alternatives: predicted.alternatives
      .filter((a) => a.intent !== intent && a.intent !== "affirm" && a.intent !== "deny")
      .slice(0, 3),
    entities,
    source: r === predicted ? predicted.source : "classifier",
    confirmation: "new_request",
    ...(reading.reason === YES_THEN_QUESTION ? { confirms_pending: true } : {}),
  };
}

async function askLlm(
  llm: IntentLlm,
  msg: Message,
  timeoutMs: number,
  ctx: Pick<ActorContext, "signal" | "log">,
): Promise<LlmIntentAnswer | null> {
  try {
    return await llm.completeJson(
      LlmIntentAnswer,
      intentPrompt(msg.payload.customer_message.text, msg.session),
      { signal: ctx.signal, timeoutMs },
    );
  } catch (err) {
    ctx.log.warn("LLM intent failed: the classifier answers", { error: describeError(err) });
    return null;
  }
}
