/**
 * "Ok this is ridiculous. Keyboard STILL not here. Cancel it and refund me": an upset customer
 * who asks for a change of an order of theirs in so many words. The request is theirs to have
 * answered — the change proposed when the store can make it, or refused plainly with what can
 * be done instead — not a queue for a person with the parcel's news only. A person still takes
 * over when they ask for one, when someone's safety is at stake, or when the message asks for
 * nothing the assistant can do. A threat (a chargeback, a lawyer, a bad review) beside a clear
 * request is met by meeting the request. Pure.
 */
import type { Intent, Message } from "../../shared/protocol.ts";
import { asksForReplacement, REPLACEMENT_INTENTS } from "../../domain/intents.ts";
import { askedRemedy } from "./own_remedy.ts";
import { changeOrdered } from "../../domain/change_ordered.ts";

/** The changes an upset customer may ask for outright. */
const CHANGES: ReadonlySet<Intent> = new Set<Intent>([
  "cancel_order",
  "modify_order",
  "change_address",
  "return_item",
  "refund_request",
]);

/**
 * Whether what made the message critical is a threat alone ("I'm doing a chargeback", "my
 * lawyer will hear of this"): the threat is to have the request met, which answering it does.
 */
function threatOnly(signals: readonly string[]): boolean {
  return signals.some((s) => s.startsWith("threat_")) && !signals.includes("safety");
}

/** A change named in so many words, beside a threat. */
const CHANGE_WORDS =
  /\b(?:refund\w*|money back|reimburs\w*|cancel\w*|return\w*|replace\w*|send (?:it|a new)|new one|change|address)\b/i;

/** The confidence from which a change is taken as asked in so many words. */
const ASKED_FROM = 0.5;

/** The change an upset message asks for outright; null when none. */
function askedChange(msg: Message): Intent | "a replacement" | null {
  const intent = msg.payload.intent;
  if (!intent) return null;
  // "Actually a replacement please": what the store sends instead, however it was read —
  // when it can send one (delivered intact, it cannot: a person settles that).
  if (
    REPLACEMENT_INTENTS.has(intent.intent) && asksForReplacement(msg.payload.customer_message.text)
  ) return askedRemedy(msg) ? "a replacement" : null;
  const readings = [
    { intent: intent.intent, confidence: intent.confidence },
    ...(intent.requests ?? []),
  ];
  return readings.find((r) =>
    CHANGES.has(r.intent) &&
    (r.confidence >= ASKED_FROM || ("text" in r && changeOrdered(r.text)))
  )?.intent ?? null;
}

/**
 * The reason to answer an upset customer's request instead of queueing them for a person, or
 * null when the rules for a person still hold (a guest, no order of theirs in question, a
 * person asked for — the caller checks that).
 */
export function upsetButAsks(msg: Message): string | null {
  const { sentiment, context } = msg.payload;
  if (sentiment?.label !== "negative" || !context || context.guest) return null;
  // A danger to someone's safety is a person's at once, whatever else is asked.
  if (sentiment.urgency === "critical" && !threatOnly(sentiment.signals)) return null;
  if (context.order_lookup !== "found" || !context.order) return null;
  const change = askedChange(msg);
  if (!change) return null;
  // "I'm going to dispute the charge with my bank": the threat, read as a refund, asks none.
  const threat = sentiment.signals.some((s) => s.startsWith("threat_"));
  if (threat && !CHANGE_WORDS.test(msg.payload.customer_message.text)) return null;
  return `upset, but asks for ${change}: the request is answered ` +
    "(proposed, or refused with what can be done instead) before any person";
}
