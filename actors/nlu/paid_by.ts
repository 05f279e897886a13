/**
 * "I paid by bank transfer" after "it still says pending payment": a payment the customer
 * says they made is about their order's payment (`payment_issue`), which the classifier may
 * read as a question about the ways to pay, or as nothing it knows, from the way named.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { paidByStated, paymentStated } from "../../domain/paid_by.ts";
import { relabelled } from "./relabel.ts";
import { asVagueProblem } from "./vague_problem.ts";
import { asSeveralThings } from "./several_things.ts";
import { refundWaySpeedAsked } from "../../domain/refund_way_speed.ts";
import { asOpener } from "./opener.ts";
import { asPayHow } from "./pay_how.ts";

/** Readings a statement of a payment made is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_methods",
  "other",
  "small_talk",
  "product_question",
  "place_order",
  "feedback",
  "affirm",
]);

/** How sure a payment said to be made is about the order's payment. */
const CONFIDENCE = 0.8;

/** The reading with a payment the customer says they made read as a payment issue. */
export function asPaidBy(
  reading: IntentEnrichment,
  text: string,
  /** The way to pay the conversation is about ("ok done, paid just now"), and its topic. */
  dialogue: { payment?: string | null; topic?: Intent | null } | null = null,
): IntentEnrichment {
  // "I want to pay but with paypal this time, how?": a way to pay asked, not a payment made.
  const how = asPayHow(reading, text);
  if (how !== reading) return how;
  const known = dialogue?.payment ?? null;
  // "It was a bank transfer, does that take longer?" about a refund: the refund's status.
  const refundTalk = dialogue?.topic === "refund_status" || /\brefund/i.test(text);
  if (refundTalk && refundWaySpeedAsked(text)) {
    return reading.intent === "refund_status"
      ? reading
      : relabelled(reading, "refund_status", CONFIDENCE);
  }
  // "Ok its paid now" names no way to pay: the order's payment all the same (the reply says
  // what a payment not yet seen means; with the way known, what that way takes).
  const told = paymentStated(text) || paidByStated(text, known) !== null;
  // "I have a problem with my order" names no payment at all: a problem with an order.
  // "I've got a couple of things to sort out" names none yet: a greeting's question answers it.
  // "Quick question", "hi, I have an issue", "so about my order...": a slow start (`opener.ts`).
  if (!told) {
    const opened = reading.confirmation ? reading : asOpener(reading, text);
    return asSeveralThings(asVagueProblem(opened, text), text);
  }
  if (!MISREAD.has(reading.intent)) return reading;
  return relabelled(reading, "payment_issue", CONFIDENCE);
}
