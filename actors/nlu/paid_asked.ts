/**
 * "How much did I pay for the espresso machine?" asks what the customer's own order cost —
 * the order's total, told by the status answer — not the ways to pay or a product's price,
 * which the classifier may read in the words "pay" and "how much".
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { PAID_ASKED } from "../../domain/dialogue.ts";
import { relabelled } from "./relabel.ts";

/** Readings the question about what they paid is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_methods",
  "payment_issue",
  "product_question",
  "other",
  "place_order",
]);

/** How sure the question about what they paid is an order question. */
const CONFIDENCE = 0.8;

/** The reading with a question about what they paid read as one about their order. */
export function asPaidQuestion(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent) || !PAID_ASKED.test(text)) return reading;
  return relabelled(reading, "order_status", CONFIDENCE);
}
