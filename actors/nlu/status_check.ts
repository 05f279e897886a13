/**
 * "They haven't shipped, right?", "it's been delivered right?", "the shoes haven't been sent
 * yet, correct?": the customer checks an order's state they believe, asking us to confirm —
 * a status question, however unsure the classifier is between a complaint and a yes. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

const SUBJECT = String
  .raw`(?:it|they|that|this|(?:my|the|our)\s+(?:[\p{L}\d-]+\s+){0,3}?[\p{L}\d-]+)`;
const BE = String.raw`(?:has|have|is|are|was|were|'s|s|'ve)(?:\s*n[o']?t|\s+not)?`;
const STATE = String
  .raw`(?:(?:been\s+)?(?:shipped|sent|dispatched|delivered|posted)|arrived|left(?:\s+the\s+warehouse)?|on\s+(?:its|their|the)\s+way|out\s+for\s+delivery)`;
const TAG = String.raw`(?:right|correct|yeah|yes|no|yet|is\s+it|has\s+it|have\s+they|did\s+it)`;

/** A state put as a question to confirm: a tag after it ("right?") or a question mark. */
const CHECK = new RegExp(
  String
    .raw`^\s*(?:(?:so|and|ok(?:ay)?|but|wait|um+|hmm+)[\s,]+)*${SUBJECT}\s*${BE}\s+(?:still\s+)?(?:not\s+)?${STATE}(?:\s+yet)?(?:[\s,]+${TAG})*\s*[?]*\s*$`,
  "iu",
);
/** "Right?", "correct?" or a question mark: asked, not told. */
const ASKED = /(?:\b(?:right|correct|yeah|yes|no|yet)\b|\?)\s*[?!.]*\s*$/i;

/** Readings a confirmation check of an order's state is mistaken for. */
const MISTAKEN: ReadonlySet<Intent> = new Set<Intent>([
  "order_status",
  "complaint",
  "delivery_problem",
  "refund_status",
  "affirm",
  "deny",
  "other",
]);
const SURE = 0.6;

/** The status reading of a state put to us to confirm, or null. */
export function statusCheck(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (!MISTAKEN.has(reading.intent) || reading.source === "rules") return null;
  if (reading.intent === "order_status" && reading.confidence >= SURE) return null;
  if (text.length > 100 || !CHECK.test(text) || !ASKED.test(text)) return null;
  return {
    ...reading,
    intent: "order_status",
    confidence: Math.max(reading.confidence, 0.7),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}

/**
 * "Can you check 1002", "cn u chek 1002" (typed out first), "look up order 1001 for me": an
 * order given by its number to look at, and nothing else asked — where it stands. A bare
 * number told no classifier it was an order, and the reply asked what to do with it.
 */
const LOOK_AT = new RegExp(
  String.raw`^\s*(?:(?:hi|hey|hello|ok(?:ay)?|so|and|also)[\s,!]+)*` +
    String.raw`(?:(?:please|can|could|would|will)\s+(?:you\s+)?(?:please\s+)?)?` +
    String
      .raw`(?:check(?:\s+on|\s+up\s+on)?|look\s+(?:up|into|at)|(?:have|take)\s+a\s+look\s+at)\s+` +
    String
      .raw`(?:(?:my|the|this|our)\s+)?(?:order\s+)?(?:(?:no\.?|number|nr)\s*)?#?\s?(?:ord-?\s?)?\d{3,}` +
    String
      .raw`(?:\s+for\s+me)?(?:[\s,]+(?:please|pls|plz|thanks|thank you|thx|asap))*\s*[?.!]*\s*$`,
  "i",
);

/** The status reading of an order number given only to be looked at, or null. */
export function orderLookedAt(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (!MISTAKEN.has(reading.intent) || reading.intent === "order_status") return null;
  if ((reading.entities.order_refs ?? []).length === 0 && reading.entities.order_ids.length === 0) {
    return null;
  }
  if (!LOOK_AT.test(text)) return null;
  return {
    ...reading,
    intent: "order_status",
    confidence: Math.max(reading.confidence, 0.7),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
