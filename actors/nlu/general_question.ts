/**
 * A general question about how the store works ("how do returns work?", "can I return
 * something after 2 months?") is a policy question, whatever the classifier made of its
 * topic word: "returns" reads as return_item, but nothing is to be returned yet. A question
 * about where the store ships is a shipping question. The rule that tells a question from a
 * request is the domain's (`isGeneralQuestion`); here the answer must also fit what the
 * classifier heard (a cancellation question answered by the cancellation rules, not by a
 * warranty), so a misread is not traded for another.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";
import {
  answerPolicyQuestion,
  isGeneralQuestion,
  type Named,
  type PolicyReply,
} from "../../domain/policy_questions.ts";
import { destinationAsked } from "../../domain/destinations.ts";
import type { PolicyTopic } from "../../domain/policy.ts";

/** The policy sections a question misread as each order intent may be about. */
const FITS: Partial<Record<Intent, readonly PolicyTopic[]>> = {
  return_item: ["returns", "refunds", "delivery_problems"],
  refund_request: ["refunds", "returns", "cancellation", "delivery_problems"],
  refund_status: ["refunds", "returns"],
  cancel_order: ["cancellation", "refunds", "order_changes"],
  modify_order: ["order_changes", "cancellation"],
  change_address: ["order_changes"],
  delivery_problem: ["delivery_problems", "returns", "refunds"],
  order_status: ["delivery_problems"],
  invoice_request: ["invoices"],
};

/** The confidence of a question about where the store ships, read by its words. */
const DESTINATION_CONFIDENCE = 0.8;

/** The confidence of a general question the policy answers, read by its words. */
const POLICY_CONFIDENCE = 0.6;

/**
 * The domain's readings of a message and its parts, each worked out once: they depend on
 * the text alone (and the orders and products it names), and a message is asked about
 * several times — as a whole, as its first request, to tell how sure the reading is.
 */
export interface QuestionReader {
  isGeneral(text: string): boolean;
  destination(text: string): boolean;
  answer(text: string): PolicyReply | null;
}

function questionReader(named: Named): QuestionReader {
  const general = new Map<string, boolean>();
  const destinations = new Map<string, boolean>();
  const answers = new Map<string, PolicyReply | null>();
  const once = <T>(cache: Map<string, T>, text: string, read: (t: string) => T): T => {
    if (cache.has(text)) return cache.get(text)!;
    const value = read(text);
    cache.set(text, value);
    return value;
  };
  return {
    isGeneral: (text) => once(general, text, (t) => isGeneralQuestion(t, named)),
    destination: (text) => once(destinations, text, (t) => destinationAsked(t) !== null),
    answer: (text) => once(answers, text, (t) => answerPolicyQuestion(t)),
  };
}

/** True when the rules read `text` as a general question of `intent` and have its answer. */
function recognised(text: string, intent: Intent, reader: QuestionReader): boolean {
  if (intent !== "policy_question" && intent !== "shipping_options") return false;
  if (!reader.isGeneral(text)) return false;
  return intent === "shipping_options" ? reader.destination(text) : reader.answer(text) !== null;
}

/** Intents with no order in them that a policy question may be misread as. */
const UNSURE: ReadonlySet<Intent> = new Set<Intent>(["product_question", "small_talk"]);

/** The intent a general question has instead of `intent`, or null when it keeps it. */
export function generalIntent(
  text: string,
  intent: Intent,
  named: Named,
  reader: QuestionReader = questionReader(named),
): Intent | null {
  if (!ORDER_INTENTS.has(intent) && !UNSURE.has(intent)) {
    // "and australia?": a place asked about is a shipping question, however short.
    const place = intent === "other" && reader.isGeneral(text) && reader.destination(text);
    return place ? "shipping_options" : null;
  }
  if (!reader.isGeneral(text)) return null;
  if (reader.destination(text)) return "shipping_options";
  const answer = reader.answer(text);
  if (!answer) return null;
  // The FAQ already answers an unsure reading (a stock question, ways to pay).
  if (UNSURE.has(intent)) return answer.id.startsWith("faq_") ? null : "policy_question";
  return answer.topic && FITS[intent]?.includes(answer.topic) ? "policy_question" : null;
}

/**
 * The reading with a general question relabelled (its confidence kept), in the whole and
 * in each request; unchanged for anything else, and for a yes, a no or an answer read in
 * the light of the conversation.
 */
export function asGeneralQuestion(reading: IntentEnrichment, text: string): IntentEnrichment {
  // A yes or a no stays one; a switch or an answer to our question asked as a general
  // question ("can I cancel an order?" while a return waits) is the question.
  if (reading.confirmation === "affirm" || reading.confirmation === "deny") return reading;
  // The orders the words name: a reply to a pending change carries that change's order,
  // which the customer did not name.
  const e = reading.entities;
  const named = {
    orders: (e.order_refs?.length ?? e.order_ids.length) + e.tracking_numbers.length,
    products: e.products.length,
  };
  const reader = questionReader(named);
  const intent = generalIntent(text, reading.intent, named, reader) ?? reading.intent;
  // A question the rules recognise and answer (where the store ships, how returns work) is
  // sure by its words, however unsure the classifier was of it.
  const confidence = recognised(text, intent, reader)
    ? Math.max(
      reading.confidence,
      intent === "shipping_options" ? DESTINATION_CONFIDENCE : POLICY_CONFIDENCE,
    )
    : reading.confidence;
  const requests = reading.requests?.map((r) => {
    const own = generalIntent(r.text, r.intent, named, reader);
    return own ? { ...r, intent: own } : r;
  });
  const same = requests?.every((r, i) => r === reading.requests![i]) ?? true;
  if (intent === reading.intent && confidence === reading.confidence && same) {
    return reading;
  }
  return {
    ...reading,
    intent,
    confidence,
    alternatives: intent === reading.intent
      ? reading.alternatives
      : [{ intent: reading.intent, confidence: reading.confidence }, ...reading.alternatives]
        .filter((a) => a.intent !== intent).slice(0, 3),
    ...(requests ? { requests } : {}),
  };
}
