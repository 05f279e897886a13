/**
 * "Get me a manager and cancel ORD-1003", "manager. now. and refund ORD-1002": a person asked
 * for beside a change asked outright. The handoff had swallowed the change (the reply only
 * said where the order stood, the change waited for the person), or the change had swallowed
 * the person (the refund proposed, nobody queued). Now both: the change is answered — proposed
 * for a yes, or refused with what can be done — and the person is queued too. Pure.
 */
import type { IntentRequest, Message } from "../../shared/protocol.ts";
import { asksForPerson } from "../../domain/intents.ts";
import { changeOrdered } from "../../domain/change_ordered.ts";
import { changeAbout, CHANGES_BESIDE_PERSON, personDeclined } from "../../domain/person_beside.ts";

/** The confidence from which a part is a change asked. */
const ASKED_FROM = 0.5;
/** The same, when the message names an order of theirs by its number. */
const ASKED_WITH_ORDER_FROM = 0.3;

/** The route of a handoff that also carries out (or proposes) the change asked beside it. */
export const HANDOFF_AND_ACT = [
  "response",
  "guardrail",
  "execution",
  "escalation_router",
  "aggregator",
];

/** A sentence that is only the person asked for: "manager.", "Human now!", "a supervisor pls". */
const LONE_PERSON =
  /^(?:a |an |the |your |ur )?(?:real )?(?:human|person|manager|supervisor|agent|representative|rep|operator)(?:\s+(?:now|please|pls|plz|asap|then|right now|immediately))*$/i;

/**
 * Whether the words ask for a person in so many words, besides whatever else the message
 * reads as ("can i speak to someone, my order ORD-1001 hasn't arrived").
 */
export function asksPersonInWords(text: string): boolean {
  return asksForPerson(text) && !personDeclined(text);
}

/** Whether the message asks for a person, as a whole, in a part, or in so many words. */
export function asksPerson(msg: Message): boolean {
  const intent = msg.payload.intent;
  const text = msg.payload.customer_message.text;
  if (personDeclined(text)) return false;
  return intent?.intent === "human_agent" ||
    (intent?.requests ?? []).some((r) => r.intent === "human_agent") ||
    asksForPerson(text) ||
    text.split(/[.!?\n]+/).some((s) => LONE_PERSON.test(s.trim()));
}

/**
 * The change a signed-in customer asks for beside a person (the part that asks it), or
 * null: none asked, a guest, or a change already waiting for a yes.
 */
export function changeBesidePerson(msg: Message): IntentRequest | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || msg.session.pending_action) return null;
  if (!asksPerson(msg)) return null;
  const requests = intent.requests ?? [];
  // Read as a whole message of one request, the whole is the change's part.
  const parts = requests.length > 0 ? requests : [{
    intent: intent.intent,
    confidence: intent.confidence,
    text: msg.payload.customer_message.text,
    start: 0,
    end: msg.payload.customer_message.text.length,
  }];
  // "manager. now. and refund ORD-1002": an order of theirs named makes the change plain enough.
  const named = context.order_lookup === "found" && context.focus?.why === "explicit";
  const from = named ? ASKED_WITH_ORDER_FROM : ASKED_FROM;
  const asked = parts.find((r) =>
    CHANGES_BESIDE_PERSON.has(r.intent) && (r.confidence >= from || changeOrdered(r.text))
  );
  if (asked) return asked;
  // "I want to talk to a person about cancelling ORD-1003": the change is what it's about.
  const about = named ? changeAbout(msg.payload.customer_message.text) : null;
  return about ? { ...parts[0], intent: about, confidence: 1 } : null;
}
