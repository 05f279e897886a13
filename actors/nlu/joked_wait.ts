/**
 * "lol should I send a search party? 😂", "guess i'll file a missing persons report for my
 * keyboard", "is it coming by carrier pigeon": a joke about a parcel that has not come is
 * still a question of where it is. Read alone, the classifier found nothing of the store in it
 * ("outside what I can help with") or a change of address. Read as the order's status, so the
 * answer is its news; the joke itself asks for nothing else. Pure.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";

/** The jokes shoppers make about goods that have not come. */
const JOKE = new RegExp(
  [
    String.raw`\bsearch (?:party|and rescue|team)\b`,
    String.raw`\bmissing (?:persons?|parcels?|package) (?:report|poster)s?\b`,
    String.raw`\bmilk cartons?\b`,
    String.raw`\blost at sea\b`,
    String.raw`\bbermuda triangle\b`,
    String.raw`\bnarnia\b`,
    String.raw`\b(?:taking|took|on) the (?:scenic|long) route\b`,
    String.raw`\b(?:gone|went|go|going) (?:awol|on (?:a )?(?:holiday|vacation|world tour))\b`,
    String.raw`\b(?:by|via) (?:carrier )?(?:pigeon|snail|donkey|camel|horse|rowboat|canoe)\b`,
    String.raw`\b(?:walking|swimming|crawling) (?:here|over|to me)\b`,
    String.raw`\bgrow(?:ing)? old waiting\b`,
  ].join("|"),
  "i",
);

/** What the joke may be taken for, when it is no question of the store's. */
const MISSED: ReadonlySet<Intent> = new Set<Intent>([
  "other",
  "feedback",
  "small_talk",
  "change_address",
]);

/** The reading of a joke about a parcel not come as its order's status; else null. */
export function jokedWait(reading: IntentEnrichment, text: string): IntentEnrichment | null {
  if (!MISSED.has(reading.intent) || !JOKE.test(text)) return null;
  const confidence = Math.max(reading.confidence, 0.6);
  return {
    ...reading,
    intent: "order_status",
    confidence,
    alternatives: [{ intent: reading.intent, confidence: reading.confidence }],
    requests: [{ intent: "order_status", confidence, text, start: 0, end: text.length }],
  };
}
