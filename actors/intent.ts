/**
 * The intent actor: what the customer wants (DESIGN.md's taxonomy), how sure we are, up
 * to three alternatives, and the facts in the text. An LLM answers when one is configured;
 * on any error, invalid answer or passed deadline the built-in classifier answers instead.
 */
import type { Llm } from "../shared/llm.ts";
import { describeError } from "../shared/errors.ts";
import type { Entities, Intent, IntentEnrichment, Message } from "../shared/protocol.ts";
import type { ActorContext, ActorDef } from "./types.ts";
import { enrich } from "./types.ts";
import { readConfirmation } from "./nlu/conversation.ts";
import { extractEntities } from "./nlu/entities.ts";
import { withLanguage } from "./nlu/language_guard.ts";
import {
  type IntentClassifier,
  type IntentPrediction,
  sharedIntentClassifier,
} from "./nlu/intent_model.ts";
import { intentPrompt, LlmIntentAnswer } from "./nlu/llm_intent.ts";
import { indexProducts, type ProductIndex, type ProductRef } from "./nlu/products.ts";

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

/** Intents about one order, which take the order named earlier when the text names none. */
const ORDER_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "refund_status",
  "delivery_problem",
  "payment_issue",
  "invoice_request",
  "complaint",
  "human_agent",
  "affirm",
  "deny",
]);

/** Reads the intent and entities of the customer's message. */
export const intentActor: ActorDef<"intent", IntentDeps> = {
  name: "intent",
  key: "intent",
  deadlineMs: INTENT_DEADLINE_MS,
  warmUp(deps) {
    // Training takes about half a second: do it before the first message waits.
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
  const text = msg.payload.customer_message.text;
  const session = msg.session;
  const entities = extractEntities(text, { now: ctx.now(), products: productIndex(deps.products) });
  const classifier = deps.classifier ?? sharedIntentClassifier();
  const predicted = classifier.classify(text, { knownNames: productNames(deps.products) });

  let result: IntentEnrichment = { ...predicted, entities, source: predicted.source };
  const confirmation = session.pending_action ? readConfirmation(text) : null;
  if (confirmation) {
    result = {
      intent: confirmation,
      confidence: 0.95,
      alternatives: predicted.alternatives.filter((a) => a.intent !== confirmation).slice(0, 3),
      entities,
      source: "conversation",
    };
  } else if (
    session.pending_action && (predicted.intent === "affirm" || predicted.intent === "deny")
  ) {
    result = { ...result, source: "conversation" };
  } else if (deps.llm && predicted.source !== "rules") {
    const budget = Math.floor(Math.min(
      deps.config?.LLM_TIMEOUT_MS ?? INTENT_DEADLINE_MS,
      INTENT_DEADLINE_MS - CLASSIFIER_RESERVE_MS - (performance.now() - started),
    ));
    const fromLlm = budget > 0 ? await askLlm(deps.llm, msg, budget, ctx) : null;
    if (fromLlm) result = mergeLlm(fromLlm, predicted, entities);
  }
  return withDefaultOrder(result, session.last_order_id);
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

function mergeLlm(
  answer: LlmIntentAnswer,
  predicted: IntentPrediction,
  entities: Entities,
): IntentEnrichment {
  const alternatives = (answer.alternatives ?? predicted.alternatives)
    .filter((a) => a.intent !== answer.intent)
    .slice(0, 3);
  // The patterns' ids come first; the model may add ids the patterns missed.
  const orderIds = [...new Set([...entities.order_ids, ...(answer.entities?.order_ids ?? [])])];
  const tracking = [
    ...new Set([...entities.tracking_numbers, ...(answer.entities?.tracking_numbers ?? [])]),
  ];
  return {
    intent: answer.intent,
    confidence: answer.confidence,
    alternatives,
    entities: { ...entities, order_ids: orderIds, tracking_numbers: tracking },
    source: "llm",
  };
}

function withDefaultOrder(result: IntentEnrichment, lastOrderId: string | null): IntentEnrichment {
  if (!lastOrderId || result.entities.order_ids.length > 0 || !ORDER_INTENTS.has(result.intent)) {
    return result;
  }
  return { ...result, entities: { ...result.entities, order_ids: [lastOrderId] } };
}

const names = new WeakMap<readonly ProductRef[], readonly string[]>();

/** The catalogue's names, one array per catalogue (the classifier caches by array). */
function productNames(products: readonly ProductRef[] | undefined): readonly string[] | undefined {
  if (!products || products.length === 0) return undefined;
  let list = names.get(products);
  if (!list) names.set(products, list = products.map((p) => p.name));
  return list;
}

const indexes = new WeakMap<readonly ProductRef[], ProductIndex>();

function productIndex(products: readonly ProductRef[] | undefined): ProductIndex | null {
  if (!products || products.length === 0) return null;
  let index = indexes.get(products);
  if (!index) indexes.set(products, index = indexProducts(products));
  return index;
}
