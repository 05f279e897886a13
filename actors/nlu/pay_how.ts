/**
 * "I want to pay but with paypal this time, how?": paying an order with a way named, asked
 * for — the ways to pay (the reply tells how to pay their unpaid order that way), not a payment
 * gone wrong. "When would it ship after I pay?": where the order stands. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { relabelled } from "./relabel.ts";

/** Paying with a way named, wished or asked. */
const PAY_WITH =
  /\b(?:(?:want|wanna|would like|'d like|need|going|trying) to pay|can i pay|could i pay|how (?:do|can|would) i pay|pay for it)\b[^.?!]{0,40}\b(?:with|by|via|using|through|on)\s+(?:my\s+)?(?:paypal|apple pay|google pay|(?:a |another |other )?(?:credit |debit )?card|bank transfer|klarna)\b/i;
/** A payment gone wrong: not a way to pay asked. */
const TROUBLE =
  /\b(?:declined|failed|fail(?:s|ing)?|error|didn'?t go through|won'?t go through|charged|twice|not working|isn'?t working|doesn'?t work|rejected|refused)\b/i;
/** When it goes out once paid: "when would it ship after I pay?". */
const SHIPS_AFTER_PAYING =
  /\bwhen\b[^.?!]{0,30}\b(?:ship|arrive|be sent|go out|dispatch\w*|come)\b[^.?!]{0,20}\b(?:after|once|when|if)\s+i\s+(?:pay|have paid|'ve paid|paid)\b/i;

/** Readings either is taken for. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "payment_issue",
  "payment_methods",
  "other",
  "small_talk",
  "order_status",
]);

/** The reading of a way to pay asked, or of the shipping after paying; else as it was. */
export function asPayHow(reading: IntentEnrichment, text: string): IntentEnrichment {
  if (!MISREAD.has(reading.intent)) return reading;
  if (SHIPS_AFTER_PAYING.test(text)) {
    return reading.intent === "order_status" ? reading : relabelled(reading, "order_status", 0.8);
  }
  if (reading.intent === "payment_methods" || !PAY_WITH.test(text) || TROUBLE.test(text)) {
    return reading;
  }
  return relabelled(reading, "payment_methods", 0.8);
}
