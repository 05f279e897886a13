/**
 * "What day did I order the espresso machine?" (read as buying one), "how many days do I have
 * left to return the frother?" (read as its stock), "can I still return it, I got it 25 days
 * ago?" (read as a delivery problem, "got it"): questions about an order's own dates — when
 * placed, how long on its way, how long since delivery and the return window left — read as
 * the order's status (`domain/dates_asked.ts`), and a return asked for with the days since the
 * goods came as the return it is. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { datesAsked, saidDeliveredDaysAgo, saidWaitingDays } from "../../domain/dates_asked.ts";

/** Readings the dates' answer already comes under. */
// A rule's question ("how many days do I have to send something back?") is the rules' too: the
// response answers it from the order when one fits, else from the rules.
const KEPT: ReadonlySet<Intent> = new Set<Intent>(["order_status", "policy_question"]);
/** A request to send goods back. */
const RETURNING =
  /\b(?:can|could|may|am i able to|is it possible to)\s+(?:i|we)?\s*(?:still\s+)?(?:return|send\b[^.?!]{0,25}\bback)\b/i;
/** Goods or an order of theirs named. */
const THEIRS = /\b(?:the|my|this|that|it|them|ord-?\s?\d+|order \d+|\d{4})\b/i;
/** Readings a return asked for with its days is misread as. */
const RETURN_MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "delivery_problem",
  "order_status",
  "other",
]);

/** The reading of a question about an order's dates, or null. */
export function datesAskedReading(
  reading: IntentEnrichment,
  text: string,
): IntentEnrichment | null {
  if (reading.source === "rules") return null;
  // "Been waiting 2 weeks for my headphones, what is going on": the goods awaited, no refund.
  if (
    reading.intent === "refund_status" && saidWaitingDays(text) !== null &&
    !/\b(?:refund\w*|money|reimburs\w*|credit)\b/i.test(text)
  ) return relabel(reading, "order_status");
  const asked = datesAsked(text);
  // "How many days do I have left to return the frother?": the rule asked of goods of theirs is
  // the return of them (offered softly, its days counted), not the rule alone nor their stock.
  if (
    asked === "return_left" && reading.intent === "policy_question" && THEIRS.test(text) &&
    !/\b(?:something|anything|an item|items|stuff)\b/i.test(text)
  ) return relabel(reading, "return_item");
  // "Can I still return it, I got it 25 days ago?": the return, weighed against the delivery.
  const intent: Intent | null = !asked && RETURNING.test(text) &&
      saidDeliveredDaysAgo(text) !== null
    ? (RETURN_MISREAD.has(reading.intent) ? "return_item" : null)
    : asked && !KEPT.has(reading.intent) && reading.intent !== "return_item" &&
        !RETURNING.test(text)
    // The days left to return it: the return, offered softly with its days counted.
    ? (asked === "return_left" ? "return_item" : "order_status")
    : null;
  return intent ? relabel(reading, intent) : null;
}

function relabel(reading: IntentEnrichment, intent: Intent): IntentEnrichment {
  return {
    ...reading,
    intent,
    confidence: Math.max(reading.confidence, 0.75),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
