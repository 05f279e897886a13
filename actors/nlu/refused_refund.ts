/**
 * "I don't want a refund for 1002, I'm just annoyed it was late": the words of a refund
 * request, refusing one. Read as the classifier's next reading (a complaint, here), never as
 * a request for the money back; asking for the goods instead ("I don't want a refund, I want
 * the vacuum") is a replacement request, which `asksForReplacement` reads.
 */
import type { Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { asksForReplacement, refusesRefund, withoutRefusal } from "../../domain/intents.ts";

/** Readings of a request for the money back. */
const MONEY_BACK: ReadonlySet<Intent> = new Set<Intent>(["refund_request", "refund_status"]);
/** Not what a refusal of the money back is instead: a return, or off-topic. */
const NOT_INSTEAD: ReadonlySet<Intent> = new Set<Intent>(["return_item", "other"]);
/** How sure a refusal with nothing else read is a complaint ("I don't want a refund, I'm annoyed"). */
const COMPLAINT_CONFIDENCE = 0.6;
/** Below this, the classifier's next reading is a guess: the refusal reads as a complaint. */
const SURE_ENOUGH = 0.15;

/** Reads a text as the classifier does: its intent and how sure. */
export type ReadText = (text: string) => { intent: Intent; confidence: number };

/**
 * The reading when a refund is refused: what the rest of the message asks ("no refund
 * needed, just tell me when it arrives": when it arrives), else the classifier's next
 * reading, else a complaint.
 */
export function withoutRefusedRefund(
  reading: IntentEnrichment,
  text: string,
  read: ReadText,
): IntentEnrichment {
  if (!refusesRefund(text) || asksForReplacement(text)) return reading;
  const requests = reading.requests?.filter((r) =>
    !MONEY_BACK.has(r.intent) || !refusesRefund(r.text)
  );
  if (!MONEY_BACK.has(reading.intent)) {
    return requests && requests.length !== reading.requests!.length && requests.length > 0
      ? { ...reading, requests }
      : reading;
  }
  const fits = (a: { intent: Intent; confidence: number } | undefined) =>
    a !== undefined && !MONEY_BACK.has(a.intent) && !NOT_INSTEAD.has(a.intent) &&
    a.confidence >= SURE_ENOUGH;
  const rest = withoutRefusal(text);
  const restRead = rest.split(/\s+/).filter(Boolean).length >= 2 ? read(rest) : undefined;
  const alternative = reading.alternatives.find((a) => fits(a));
  const next = fits(restRead)
    ? restRead!
    : fits(alternative)
    ? alternative!
    : { intent: "complaint" as Intent, confidence: COMPLAINT_CONFIDENCE };
  const kept = requests && requests.length > 0
    ? requests
    : [{ intent: next.intent, confidence: next.confidence, text, start: 0, end: text.length }];
  return {
    ...reading,
    intent: next.intent,
    confidence: next.confidence,
    alternatives: reading.alternatives.filter((a) => a.intent !== next.intent).slice(0, 3),
    ...(reading.requests ? { requests: kept } : {}),
  };
}
