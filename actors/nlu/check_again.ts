/**
 * "Can you check again?", "please double-check", "look again": the customer asks us to look
 * once more at what the turn before answered (a payment not seen, a parcel not moving). A
 * support lead looks again and says what is there now; read alone the words ask nothing a
 * shop does, so the classifier puts them out of scope.
 *
 * Pure; consulted only where no change waits for a yes and no question of ours waits.
 */
import type { Entities, Intent, IntentEnrichment } from "../../shared/protocol.ts";
import { ORDER_INTENTS } from "../../domain/intents.ts";

/** Requests worth looking at again: what an order or its payment is doing now. */
const LOOKED_AT_AGAIN: ReadonlySet<Intent> = new Set<Intent>([
  ...ORDER_INTENTS,
  "payment_issue",
]);

/**
 * The whole message asks to look again, with nothing else in it: "can you check again",
 * "could u double check pls", "check once more", "look again?", "recheck it".
 */
const CHECK_AGAIN =
  /^(?:(?:ok(?:ay)?|hmm+|but|so|well|please|pls|plz|um+|can|could|would|will)\b[\s,.!]*)*(?:you|u|ya)?\s*(?:please |pls |plz |just |quickly )?(?:(?:check|look|see|search)(?: (?:it|that|this|again|once more|one more time|properly|for me|now|on (?:it|that)|the system))+|double[- ]?check(?: (?:it|that|this|again|for me|please))*|re-?check(?: (?:it|that|this|for me|please))*|have another look|take another look|look into it again)\s*(?:please|pls|plz|thanks|thx)?\s*[?!.]*\s*$/i;

/** Whether the message only asks to check again. */
export function asksToCheckAgain(text: string): boolean {
  const t = text.trim();
  // "Check it" alone is a look, not a look again; "again", "double", "another" or "re-" says so.
  return CHECK_AGAIN.test(t) &&
    /\b(?:again|once more|one more time|double|re-?check|another)\b/i.test(t);
}

/**
 * "Can you just check it for me first", "could you look it up for me in the meantime": a
 * look asked for while a person is on the way — at the order talked of, before they come.
 */
const CHECK_MEANWHILE =
  /^(?:(?:ok(?:ay)?|actually|well|but|so|please|pls|can|could|would|will)\b[\s,.!]*)*(?:you|u)?\s*(?:please |pls |just |quickly )?(?:check|look(?: it| that)? up|look (?:at|into) (?:it|that)|check on (?:it|that)|have a look|take a look)(?: (?:it|that|this|for me|now|on (?:it|that)|yourself|at it|quickly))*\s+(?:first|in the meantime|meanwhile|while i wait|while i'?m waiting|till then|until then|before (?:that|then|they come|they get here))\s*(?:please|pls|thanks|thx)?\s*[?!.]*\s*$/i;

/** Whether the message asks us to look at the order ourselves while a person is awaited. */
export function asksToCheckMeanwhile(text: string): boolean {
  return CHECK_MEANWHILE.test(text.trim());
}

/** What the reading needs. */
export interface CheckAgainInput {
  text: string;
  reading: IntentEnrichment;
  /** The request the turn before was read as. */
  lastIntent: Intent | null;
  /** The order of the turn before, when there was one. */
  lastOrderId: string | null;
}

/** Confidence of the request carried on. */
const CARRIED_CONFIDENCE = 0.8;

/** The turn before's request read again, or null when the message does not ask for that. */
export function checkAgain(input: CheckAgainInput): IntentEnrichment | null {
  const { text, reading, lastOrderId } = input;
  // "Can you just check it for me first" after a person was asked for: the order in focus.
  const meanwhile = input.lastIntent === "human_agent" && lastOrderId !== null &&
    asksToCheckMeanwhile(text);
  const lastIntent: Intent | null = meanwhile ? "order_status" : input.lastIntent;
  if (!lastIntent || !LOOKED_AT_AGAIN.has(lastIntent)) return null;
  if (!meanwhile && !asksToCheckAgain(text)) return null;
  const entities: Entities = lastOrderId && reading.entities.order_ids.length === 0
    ? { ...reading.entities, order_ids: [lastOrderId] }
    : reading.entities;
  const alternatives = [
    { intent: reading.intent, confidence: reading.confidence },
    ...reading.alternatives,
  ].filter((a) => a.intent !== lastIntent).slice(0, 3);
  return {
    ...reading,
    intent: lastIntent,
    confidence: CARRIED_CONFIDENCE,
    alternatives,
    entities,
    source: "conversation",
  };
}
