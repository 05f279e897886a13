/**
 * "What are my options?", "what can you do?" while a change waits for a yes: the choice that
 * change leaves — a yes and what it does, a no and what stays, or something else asked for
 * instead — rather than the ways to pay with the change asked again beside them. Nothing is
 * done before a clear yes.
 */
import { actionPhrase } from "../../domain/outcomes.ts";
import { asksOptions, assistantAsked } from "../../domain/assistant_asked.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import { pendingDetails } from "./pending_details.ts";

/** What else may be asked for instead of the change waiting, by its kind. */
const INSTEAD: Readonly<Record<string, string>> = {
  cancel_order: "If you'd rather keep the order, I can change its items or delivery address " +
    "instead while it hasn't shipped.",
  refund: "If you'd rather have a replacement or keep things as they are, just say so.",
  return_item: "If you'd rather keep it, or have a refund or a replacement where that " +
    "applies, just say so.",
  replacement: "If you'd rather have your money back instead, just say so.",
};

/** The choice the waiting change leaves, asked for in so many words; else null. */
export function pendingOptions(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now) return null;
  if (!asksOptions(v.text) && assistantAsked(v.text) !== "what_you_do") return null;
  const what = actionPhrase(p.action.type, p.action.order_id);
  const details = pendingDetails({ ...v, text: "what happens then?" }, p) ?? [];
  const said = details.some((d) => /until you say yes/i.test(d));
  return draft("pending_options", tone, [
    `Nothing has been changed yet, so it's your call: say yes and I'll ${what}, or no and ` +
    "everything stays as it is.",
    ...(said ? [] : details),
    INSTEAD[p.action.type] ??
      "If you'd like something else instead, tell me and I'll look at it.",
    "You can also ask for a member of our team at any point.",
  ]);
}
