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
import { formatDate } from "../../domain/format.ts";
import { RETURN_WINDOW_DAYS } from "../../domain/policy.ts";
import { PARCEL_CHANGES } from "./status_while_pending.ts";

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
    INSTEAD[p.action.type] ?? parcelChoice(v) ??
      "If you'd like something else instead, tell me and I'll look at it.",
    "You can also ask for a member of our team at any point.",
  ]);
}

/**
 * "What CAN you do" while a carrier investigation or a faster delivery of a parcel on its
 * way waits: waiting is a choice too (with the carrier's estimate), and a parcel already
 * sent cannot be cancelled, but it can be returned once it arrives. Null for other changes.
 */
function parcelChoice(v: TurnView): string | null {
  if (!v.pending || !PARCEL_CHANGES.has(v.pending.action.type)) return null;
  const c = v.context;
  const order = c?.order_lookup === "found" ? c.order : null;
  if (!order || order.status !== "shipped") return null;
  const eta = c?.tracking?.eta ?? order.eta ?? null;
  const wait = eta
    ? `If you'd rather wait, the carrier's current estimate is ${formatDate(eta, v.now)}.`
    : "If you'd rather wait, there's nothing you need to do.";
  return `${wait} It has already shipped, so it can't be cancelled now, but once it ` +
    `arrives you can return it within ${RETURN_WINDOW_DAYS} days for a refund.`;
}
