/**
 * "Where is my keyboard?", "and when will it come" while a change of that order waits for a
 * yes (a carrier investigation, an expedite, a cancellation): the question is answered —
 * where the order stands — and the change asked about again in one short line. It had been
 * "I'm not sure whether that's a yes or a no", as if the customer had dodged the question.
 * Null for anything but a status question about the waiting change's order.
 */
import { type Draft, type Tone, type TurnView } from "./view.ts";
import { orderStatus } from "./orders_info.ts";
import { shortPendingLine } from "./policy_answer.ts";

/** Words of a question about where an order is or when it comes. */
const WHERE_OR_WHEN =
  /\b(?:where(?:'?s| is| are)?|when(?:'?s| will| does| is)?|status|arriv\w*|come|coming|ship\w*|deliver(?:y|ed)?|track\w*|eta|how long until|any news|update)\b/i;

/** The order's status and the waiting change asked again; else null. */
export function statusWhilePending(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now || v.intent !== "order_status") return null;
  if (!WHERE_OR_WHEN.test(v.text)) return null;
  const order = v.context?.order_lookup === "found" ? v.context.order : null;
  if (!order || (p.action.order_id !== null && order.id !== p.action.order_id)) return null;
  const status = orderStatus(v, tone);
  // The status answer's own closing question gives way to the change's.
  const body = status.text.replace(
    /\s*(?:Is there anything else|Anything else|Let me know if)[^\n]*$/i,
    "",
  );
  return {
    ...status,
    template: "pending_status_answered",
    proposed_actions: [],
    text: `${body.trim()}\n\n${shortPendingLine(p)}`,
  };
}
