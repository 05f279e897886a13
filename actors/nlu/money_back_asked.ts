/**
 * "And when does the money come back for the vacuum?", "back to the vacuum — how long till I
 * see my money?": when the money of a change already made reaches them — the refund's
 * status — whatever the classifier guessed from the goods named (a product question about the
 * vacuum, its price and stock) or from the rest. Only a question of when: "can I get my money
 * back" asks for a refund, and "how much" asks a price. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** When, or how long: the question of a time. */
const WHEN = /\b(?:when|how long|how soon|how many days|by when|what day)\b/i;
/** The money on its way back, in shoppers' words. */
const MONEY_BACK =
  /\b(?:(?:the|my|our) (?:money|refund|funds|cash)|money|refund)\b[^.?!]{0,30}\b(?:come|comes|coming|back|arrive|arrives|show|shows|hit|hits|land|lands|reach|reaches|appear|appears|see|get)\b|\b(?:see|get|have) (?:my|the) (?:money|refund|funds|cash)\b/i;
/** Readings the goods or the rest made of such a question. */
const MISREAD: ReadonlySet<Intent> = new Set<Intent>([
  "product_question",
  "other",
  "small_talk",
  "policy_question",
  "order_status",
]);

/** The refund-status reading of a question of when the money comes back, or null. */
export function moneyBackAsked(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (!MISREAD.has(reading.intent) || !WHEN.test(text) || !MONEY_BACK.test(text)) return null;
  return {
    ...reading,
    intent: "refund_status",
    confidence: Math.max(reading.confidence, 0.75),
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: undefined,
  };
}
