/**
 * "Actually I don't need a person anymore, where is ORD-3002?" while a person is awaited: the
 * clause that calls the person off is no request of its own (it read as asking for a
 * person, or "cancel the request for a human" as a cancellation). What the rest of the
 * message asks is read on its own; said alone, the message is a no to the person (small talk while a change waits for its own
 * yes or no). Pure.
 */
import type { IntentEnrichment, PendingAction } from "../../shared/protocol.ts";
import { readReplyToPending } from "./confirmation.ts";
import type { IntentPrediction } from "./intent_model.ts";
import { callsOffPerson, withdrawsPerson } from "../../domain/called_off.ts";
import { restAfterJokedPerson } from "../../domain/joked_person.ts";

/** Whether the reading asks for a person, in the whole or in a part. */
function personAsked(r: IntentEnrichment): boolean {
  return r.intent === "human_agent" || (r.requests ?? []).some((q) => q.intent === "human_agent");
}

/** Clause boundaries: punctuation, and "but"/"so"/"and" joining a new thought. */
const CLAUSES = /[.!?;,]+\s*|\s+(?:but|so|and|also)\s+/i;

/** The words of the message outside the clauses that call the person off. */
export function restAfterCallOff(text: string): string {
  return text.split(CLAUSES)
    .map((c) => c.trim())
    .filter((c) =>
      c.length > 0 && !callsOffPerson(c) && !/^(?:actually|ok(?:ay)?|thanks?|hmm+|oh|so)$/i.test(c)
    )
    .join(", ");
}

/**
 * The reading of a message that withdraws the person asked for: the rest's own reading
 * when the rest asks something of at least two words, else a no to the person (`deny`);
 * the reading as it was when no person is awaited or none is called off.
 */
export function calledOffReading(
  reading: IntentEnrichment,
  text: string,
  opts: {
    queued: boolean;
    /** Whether a change waits for a yes — the change itself, when the caller has it. */
    pendingChange: boolean | PendingAction;
    classify: (text: string) => IntentPrediction;
  },
): IntentEnrichment {
  const waiting = opts.pendingChange !== false;
  // "Let me speak to your manager jk jk, where is 1001": a person asked in jest is no ask.
  const joked = personAsked(reading) ? restAfterJokedPerson(text) : null;
  if (joked === null && (!opts.queued || !withdrawsPerson(text, { pendingChange: waiting }))) {
    return reading;
  }
  const rest = joked ?? restAfterCallOff(text);
  // "Nevermind, you can do it. yes change it": the rest is a clear yes to the waiting change.
  const yes = typeof opts.pendingChange === "object" ? yesInRest(rest, opts) : null;
  if (yes) return yes(reading);
  const words = rest.match(/[\p{L}\p{N}-]+/gu)?.length ?? 0;
  const named = reading.entities.order_ids.length > 0 ||
    reading.entities.tracking_numbers.length > 0 || reading.entities.products.length > 0;
  const own = words >= 2 || (words >= 1 && named) ? opts.classify(rest) : null;
  // After a jest, thanks or praise in the rest is what the message says ("…jk, you've been great").
  const kind = joked !== null && own && ["small_talk", "feedback"].includes(own.intent);
  const asks = own &&
    (kind || !["human_agent", "deny", "affirm", "small_talk"].includes(own.intent)) &&
    (own.intent !== "other" || named);
  // Alone, a no to the person; with a change waiting, no answer to that change.
  const alone = waiting ? "small_talk" : "deny";
  const intent = asks && own
    ? (own.intent === "other"
      ? "order_status"
      : kind && !/\b(?:thanks?|thank you|thx|ty|bye|hi|hello|hey)\b/i.test(rest)
      ? "feedback"
      : own.intent)
    : alone;
  const confidence = asks && own ? (kind ? Math.max(own.confidence, 0.7) : own.confidence) : 0.9;
  return {
    ...reading,
    intent,
    confidence,
    alternatives: reading.alternatives.filter((a) => a.intent !== intent),
    requests: [
      asks ? spanOf(text, rest, intent, confidence) : {
        intent,
        confidence,
        text,
        start: 0,
        end: text.length,
      },
    ],
  };
}

/** The request the rest makes, from its first words to the end of the message. */
function spanOf(
  text: string,
  rest: string,
  intent: IntentEnrichment["intent"],
  confidence: number,
): NonNullable<IntentEnrichment["requests"]>[number] {
  const first = rest.split(", ")[0];
  const start = Math.max(0, text.indexOf(first));
  return { intent, confidence, text: text.slice(start), start, end: text.length };
}

/**
 * The reading of a rest that is a clear yes, and nothing else, to the waiting change (read by
 * the confirmation reader itself, so a hedge or a second request is no yes); else null.
 */
function yesInRest(
  rest: string,
  opts: { pendingChange: boolean | PendingAction; classify: (text: string) => IntentPrediction },
): ((reading: IntentEnrichment) => IntentEnrichment) | null {
  const pending = typeof opts.pendingChange === "object" ? opts.pendingChange : null;
  if (!pending || rest.trim() === "") return null;
  const read = readReplyToPending(rest, { pending: pending.action, classify: opts.classify });
  if (read.label !== "affirm" || read.request) return null;
  const order = pending.action.order_id;
  return (reading) => ({
    ...reading,
    intent: "affirm",
    confidence: 0.95,
    alternatives: reading.alternatives.filter((a) => a.intent !== "affirm"),
    entities: order && reading.entities.order_ids.length === 0
      ? { ...reading.entities, order_ids: [order] }
      : reading.entities,
    source: "conversation",
    confirmation: "affirm",
    requests: undefined,
  });
}
