/**
 * "Never mind, I sorted it", "cancel the request for a human" while a person is awaited: the
 * turn withdraws the conversation's open handoff. Said alone, the reply says it is withdrawn;
 * beside a question ("forget the agent, where is my keyboard") the question is answered as
 * it would be with no handoff open.
 */
import type { DecisionEnrichment, Intent, Message } from "../../shared/protocol.ts";
import { onlyAsksAssistant, withdrawsPerson } from "../../domain/called_off.ts";

/** Readings that ask nothing beside the withdrawal ("cancel the request" reads as a cancel). */
const NOTHING_MORE: ReadonlySet<Intent> = new Set<Intent>([
  "human_agent",
  "small_talk",
  "deny",
  "affirm",
  "other",
  "complaint",
  "feedback",
]);

/** English will do after all: "english is fine", "i can speak english", "in english please". */
const ENGLISH_WILL_DO =
  /\b(?:english (?:is |would be |will be )?(?:fine|ok|okay|good|great|works|will do)|(?:in |speak |write )?english (?:please|pls|is ok)|(?:i|we) (?:can |do )?(?:speak|write|read|understand) english|english works|english also ok|english too|(?:ok(?:ay)?|fine|alright|sure)?,? ?in english(?: then| instead| is fine| it is)|(?:let'?s|lets|i'?ll|i will|we can) (?:do it |talk |write |continue |carry on )?in english)\b/i;

/** The handoff this turn withdraws and the customer's words, or null when it withdraws none. */
export function withdrawalOf(msg: Message): DecisionEnrichment["withdraws_handoff"] | null {
  const open = msg.session.open_handoff;
  const text = msg.payload.customer_message.text;
  if (!open) return null;
  // "Ok, English is fine": the colleague who speaks their language is no longer needed.
  const english = /\bwrites in\b/i.test(open.reason ?? "") && ENGLISH_WILL_DO.test(text);
  if (!english && !withdrawsPerson(text, { pendingChange: msg.session.pending_action !== null })) {
    return null;
  }
  // "Can you fix it?" after the store brought a person in (a double charge only they can
  // trace): the person is what fixes it, and stays. A person they asked for is let go.
  if (!english && !askedByCustomer(open.reason) && onlyAsksAssistant(text)) return null;
  return { id: open.id, note: text.trim(), alone: false };
}

/** Whether the handoff was the customer's wish (or opened before reasons were kept). */
function askedByCustomer(reason: string | undefined): boolean {
  return reason === undefined || /\b(?:asked for a person|a person asked for)\b/i.test(reason);
}

/** Whether the message asks nothing but to withdraw the person ("cancel the request for a human"). */
export function onlyWithdraws(msg: Message): boolean {
  const intent = msg.payload.intent;
  if (!intent) return true;
  // "Never mind, you can do it. yes change it": a yes to the change waiting, carried out.
  if (intent.confirmation === "affirm" && msg.session.pending_action) return false;
  const why = msg.payload.context?.focus?.why;
  const named = intent.entities.order_ids.length > 0 ||
    intent.entities.tracking_numbers.length > 0 || why === "explicit" || why === "product";
  const asks = (intent.requests ?? []).map((r) => r.intent);
  const readings = asks.length > 0 ? asks : [intent.intent];
  // "Cancel the request for a human" is no cancellation unless an order is named.
  return readings.every((i) => NOTHING_MORE.has(i) || (i === "cancel_order" && !named));
}
