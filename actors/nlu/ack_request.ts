/**
 * Two readings of short requests the classifier misses when nothing waits for a yes:
 *
 * - A leading yes before a request: "fine, refund it", "ok then cancel it", "sure, send a
 *   new one". With no change pending, the "fine" only concedes; the request after it is
 *   what the message asks (read as the classifier reads those words alone).
 * - A new one asked for in so many words that the classifier cannot place: "can i get a
 *   new one" after a damaged or lost order is a replacement request about that order — a
 *   delivery problem, under which the reply offers the replacement (`asksForReplacement`).
 *
 * - "If I don't like it, can I send it back?": the return policy (`return_if.ts`); "can you
 *   hold the order till then?": the order's payment (`hold_asked.ts`); "they haven't shipped,
 *   right?": the order's status (`status_check.ts`); "when do i get the label": the return's
 *   (`label_asked.ts`); "i need help with my vacuum order": that order's status first
 *   (`help_with_order.ts`); "do the investigation then": a carrier investigation asked for
 *   (`investigation_asked.ts`); "12 Oak Avenue, Portland OR 97201" alone: an address change
 *   (`address_alone.ts`); "how long does a transfer take to show" after paying was talked
 *   of: the payment (`payment_follow_up.ts`); "why was my order cancelled?": that order's
 *   status (`cancelled_asked.ts`); "can I get the mice down to one": a change of items
 *   (`count_set.ts`).
 *
 * Pure; the intent actor applies them only when no change is pending (then the confirmation
 * reader reads the yes).
 */
import type { Intent, IntentEnrichment, SessionInfo } from "../../shared/protocol.ts";
import { asksForReplacement } from "../../domain/intents.ts";
import type { ReadText } from "./refused_refund.ts";
import { returnIf } from "./return_if.ts";
import { holdAsked } from "./hold_asked.ts";
import { datesAskedReading } from "./dates_asked.ts";
import { orderLookedAt, statusCheck } from "./status_check.ts";
import { labelAsked } from "./label_asked.ts";
import { helpWithOrder } from "./help_with_order.ts";
import { investigationAsked } from "./investigation_asked.ts";
import { addressAlone } from "./address_alone.ts";
import { shipsWhen } from "./ships_when.ts";
import { paymentFollowUp } from "./payment_follow_up.ts";
import { parcelMissedAfterPayment } from "./estimate_reading.ts";
import { cancelledAsked } from "./cancelled_asked.ts";
import { moneyBackAsked } from "./money_back_asked.ts";
import { countSet } from "./count_set.ts";

/**
 * "Fine,", "ok then", "alright", "whatever": a concession before the request. A yes proper
 * ("yes, cancel it") is left to the confirmation reader: it answers what we asked.
 */
const LEADING_ACK =
  /^\s*(?:fine|ok(?:ay)?|alright|all right|well|whatever)\b[\s,.!;:-]*(?:(?:then|i guess|so)\b[\s,.!;:-]*)?/i;

/** Requests a conceded message can make: the changes and questions about an order. */
const REQUESTS: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
  "refund_status",
  "delivery_problem",
  "shipping_options",
  "order_status",
  "invoice_request",
  "human_agent",
]);

/** How sure the rest must read as a request to be taken as one. */
const SURE_ENOUGH = 0.5;

/** Readings the classifier gives a message it cannot place as a request. */
const UNPLACED: ReadonlySet<Intent> = new Set<Intent>(["other", "small_talk", "affirm"]);

/**
 * The reading of a yes-word followed by a request ("fine, refund it"), or null when the
 * message is not one.
 */
export function ackThenRequest(
  reading: IntentEnrichment,
  text: string,
  read: ReadText,
): IntentEnrichment | null {
  if (reading.intent !== "affirm" && reading.intent !== "small_talk") return null;
  const ack = text.match(LEADING_ACK);
  if (!ack || ack[0].length === 0) return null;
  const rest = text.slice(ack[0].length).trim();
  if (rest.split(/\s+/).filter(Boolean).length < 2) return null;
  const r = read(rest);
  if (!REQUESTS.has(r.intent) || r.confidence < SURE_ENOUGH) return null;
  return {
    ...reading,
    intent: r.intent,
    confidence: r.confidence,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}

/** Words that give where the goods should go: then it is an address change after all. */
const NAMES_A_PLACE =
  /\b(?:address|to (?:my|our|the|a|an|\d)|(?:office|work|home|house|flat|apartment|neighbou?r)\b|street|st\b|road|rd\b|avenue|ave\b|drive|lane|\d{4,})/i;

/**
 * The reading of "can i get a new one" that the classifier could not place, in a
 * conversation about one of their orders: a delivery problem asking for a replacement, or
 * null when the message is not one ("a new one" of a bank card is no order's).
 */
export function newOneAsked(
  reading: IntentEnrichment,
  text: string,
  aboutAnOrder: boolean,
): IntentEnrichment | null {
  if (!aboutAnOrder || !asksForReplacement(text)) return null;
  // "Can you send a new one instead?" reads as an address change by its "send … instead";
  // with no place in it, it is the goods sent again.
  const placeless = reading.intent === "change_address" && !NAMES_A_PLACE.test(text);
  // "Replacement" alone: read unsurely as a product question, though no product is named.
  const unsure = reading.intent === "product_question" && reading.confidence < 0.5 &&
    reading.entities.products.length === 0;
  if (!UNPLACED.has(reading.intent) && !placeless && !unsure) return null;
  return {
    ...reading,
    intent: "delivery_problem",
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}

/**
 * The reading with both applied, for a turn with no change pending: the request after a
 * concession, else a new one asked for in a conversation about an order, else as it was.
 */
export function plainRequest(
  reading: IntentEnrichment,
  text: string,
  session: Pick<SessionInfo, "last_order_id" | "dialogue"> & { last_intent?: Intent | null },
  read: ReadText,
): IntentEnrichment {
  const aboutAnOrder = !!(session.last_order_id ?? session.dialogue?.focus?.order_id);
  return ackThenRequest(reading, text, read) ?? newOneAsked(reading, text, aboutAnOrder) ??
    datesAskedReading(reading, text) ??
    cancelledAsked(reading, text) ?? moneyBackAsked(reading, text) ?? returnIf(reading, text) ??
    countSet(reading, text) ??
    holdAsked(reading, text) ??
    statusCheck(reading, text) ??
    orderLookedAt(reading, text) ??
    labelAsked(reading, text) ?? helpWithOrder(reading, text) ??
    investigationAsked(reading, text) ?? addressAlone(reading, text) ?? shipsWhen(reading, text) ??
    parcelMissedAfterPayment({
      text,
      reading,
      lastIntent: session.last_intent ?? null,
      lastOrderId: session.dialogue?.focus?.order_id ?? session.last_order_id ?? null,
      topic: session.dialogue?.topic ?? null,
    }) ?? paymentFollowUp(reading, text, session.last_intent) ?? reading;
}
