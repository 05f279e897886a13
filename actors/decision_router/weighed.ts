/**
 * "What happens if I cancel 1003?", "should I just return the espresso machine?": a question
 * about a change to an order of theirs is answered from that change — what it would do for
 * that order, by the store's rules — with execution on the route, so that the proposal the
 * answer offers softly waits for a yes ("ok do it then") and nothing changes before one.
 */
import type { Message } from "../../shared/protocol.ts";
import { weighedChange } from "../../domain/supposed_change.ts";

/** Intents a question about a change may be read as, besides the change itself. */
const ASKED_AS = new Set(["policy_question", "other", "refund_status"]);

/** The reason to answer from the change weighed, or null when the turn weighs none. */
export function weighedReason(msg: Message): string | null {
  const { intent, context } = msg.payload;
  if (!intent || !context || context.guest || context.order_lookup !== "found") return null;
  if (!ASKED_AS.has(intent.intent)) return null;
  const weighed = weighedChange(intent.read_as ?? msg.payload.customer_message.text);
  if (!weighed) return null;
  return `asks what a ${weighed.intent} of ${context.order?.id ?? "their order"} would do: ` +
    "answered from the change, offered softly";
}
