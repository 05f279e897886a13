/**
 * "I have a problem with my order", "there's an issue with an order": a problem announced
 * with nothing said of it. The classifier read it as a payment problem (and the reply told
 * about declined cards); it is a problem with an order, whichever — the reply asks which
 * order, as it does for "something is wrong with my order". Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** Readings an announced problem is taken for that say more than the words do. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_issue",
  "account_access",
  "other",
  "small_talk",
  "product_question",
]);

/** The whole message only announces a problem with an order (a greeting and a please aside). */
const ANNOUNCED = new RegExp(
  String.raw`^(?:(?:hi|hello|hey|hiya|um+|so|ok)\b[\s,!.]*)*` +
    String
      .raw`(?:(?:i|we)\s+(?:have|got|'ve got|have got|'m having|am having|are having)\s+|there(?:'s| is)\s+|having\s+|got\s+)?` +
    String.raw`(?:a|an|some|one)?\s*(?:small\s+|big\s+|slight\s+|little\s+|bit of\s+an?\s+)?` +
    String.raw`(?:problem|issue|trouble|prob)s?\s+(?:with|on|about|regarding)\s+` +
    String
      .raw`(?:my|an|the|our|one of my|a)\s+(?:recent\s+|last\s+|latest\s+)?(?:order|purchase|parcel|package|delivery)s?` +
    String.raw`(?:\s+(?:please|pls|plz|help))?[\s.!?]*$`,
  "i",
);

/** How sure an announced problem with an order is one. */
const CONFIDENCE = 0.7;

/** The reading with a problem announced about an order read as a problem with an order. */
export function asVagueProblem(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent) || !ANNOUNCED.test(text.trim())) return reading;
  return relabelled(reading, "delivery_problem", CONFIDENCE);
}
