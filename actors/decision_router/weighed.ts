/**
 * "What happens if I cancel 1003?", "should I just return the espresso machine?": a question
 * about a change to an order of theirs is answered from that change — what it would do for
 * that order, by the store's rules — with execution on the route, so that the proposal the
 * answer offers softly waits for a yes ("ok do it then") and nothing changes before one.
 */
import type { Message } from "../../shared/protocol.ts";
import { conditionedChange, onlyNoted, weighedChange } from "../../domain/supposed_change.ts";
import { arrivalCondition } from "../../domain/arrival_condition.ts";

/** Intents a question about a change may be read as, besides the change itself. */
const ASKED_AS = new Set(["policy_question", "other", "refund_status"]);

/** The reason to answer from the change weighed, or null when the turn weighs none. */
export function weighedReason(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  const text = intent.read_as ?? msg.payload.customer_message.text;
  // "If the headphones aren't here by thursday just refund them": however unsurely read, the
  // estimate weighed against that day answers it (nothing is proposed).
  const waits = arrivalCondition(text, new Date(msg.created_at));
  if (waits && context.order && ["shipped", "processing"].includes(context.order.status)) {
    return `a change wanted only if ${context.order.id} is not there by ${waits.words}: ` +
      "the estimate weighed against that day";
  }
  if (!ASKED_AS.has(intent.intent)) return null;
  // "Cancel 1003 only if the refund goes back to my card": the change, with its condition.
  const weighed = weighedChange(text) ?? conditionedChange(text);
  if (!weighed) return null;
  return `asks what a ${weighed.intent} of ${context.order?.id ?? "their order"} would do: ` +
    "answered from the change, offered softly";
}

/**
 * True when a yes read from the message only takes in a change offered softly ("ok" after
 * "what happens if I cancel?" was answered): it is answered, and nothing is carried out.
 */
export function notedOnly(msg: Message): boolean {
  return msg.session.dialogue?.asked?.slot === "offer" &&
    msg.payload.intent?.confirmation === "affirm" &&
    onlyNoted(msg.payload.customer_message.text);
}
