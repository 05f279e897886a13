/**
 * A change the shopper is weighing, not asking for: "what happens if I cancel 1003?", "should
 * I just return it?", "I'm thinking about sending back the frother", "might cancel, not sure
 * yet". The reply says what the change would do for their order (the change's own answer),
 * then offers it softly — no "Shall I go ahead?" pushed on someone who has not decided — and
 * "not sure yet" or "I'll wait and see" while it waits is met as that: nothing done, no rush,
 * and until when the change stays possible. Pure.
 */
import type { Intent } from "../../shared/protocol.ts";
import {
  conditionedChange,
  leavesUndecided,
  onlyNoted,
  weighedChange,
  type Weighing,
} from "../../domain/supposed_change.ts";
import { canChange, canReplace, returnDeadline } from "../../domain/eligibility.ts";
import { reportsIn } from "../../domain/problems.ts";
import { formatDate } from "../../domain/format.ts";
import { actionPhrase } from "../../domain/outcomes.ts";
import { REFUND_PROCESSING_DAYS, REPLACEMENT_DISPATCH_DAYS } from "../../domain/policy.ts";
import { type Draft, draft, type TurnView } from "./view.ts";

/** Intents a question about a change may have been read as. */
const ASKED_AS: ReadonlySet<Intent> = new Set<Intent>([
  "policy_question",
  "other",
  "refund_status",
]);

/** How soon a replacement leaves the warehouse, in words. */
const DISPATCH = `${REPLACEMENT_DISPATCH_DAYS} business day${
  REPLACEMENT_DISPATCH_DAYS === 1 ? "" : "s"
}`;

/** The soft offer closing the answer to a weighed change, by how it was weighed. */
const SOFT: Readonly<Record<Weighing, string>> = {
  what_if: "That's only what would happen — nothing has been changed. If you'd like me to go " +
    "ahead, just say yes.",
  should: "It's your call, and there's no rush: nothing changes unless you tell me to. If you " +
    "decide to go ahead, just say yes.",
  thinking: "No rush — nothing changes until you decide. If you'd like me to go ahead, just " +
    "say yes.",
  compare: `As for which is quicker: a replacement leaves our warehouse within ` +
    `${DISPATCH}, while a refund reaches your payment method ` +
    `within ${REFUND_PROCESSING_DAYS} business days of being issued (after a return, once the ` +
    "parcel is back with us). Nothing changes until you choose — just tell me which you'd like.",
};

/** The soft offer for a turn that weighs a change, or null when it asks for one outright. */
export function softPrompt(v: TurnView): string | null {
  const weighed = weighedChange(v.text);
  if (!weighed) return null;
  // The two compared only where the goods can be sent again; else whether to, softly.
  if (weighed.how === "compare" && !replaceable(v)) return SOFT.should;
  return SOFT[weighed.how];
}

/** True when the order in question can be replaced, by the store's rule and their words. */
function replaceable(v: TurnView): boolean {
  const order = v.context?.order;
  if (!order) return false;
  const reports = reportsIn(order, v.text);
  return canReplace(order, v.now, { tracking: v.context?.tracking ?? null, ...reports }).ok;
}

/**
 * The view as if the change weighed had been asked about in its own words (its intent), for a
 * question read as a policy question about an order of theirs; null otherwise.
 */
export function weighedView(v: TurnView): TurnView | null {
  // "Would i get my money back if i returned the frother": the money back read as asked, but
  // the change weighed is the return (a refund without it was offered).
  const money = v.intent === "refund_request";
  if (v.guest || !(ASKED_AS.has(v.intent) || money) || v.decision?.action !== "act") return null;
  if (v.context?.order_lookup !== "found") return null;
  const weighed = weighedChange(v.text) ?? conditionedChange(v.text);
  if (money && weighed?.intent !== "return_item") return null;
  // Drafted from the clause of the change: "if I cancel the water bottles" names the bottles.
  return weighed ? { ...v, intent: weighed.intent, text: weighed.clause } : null;
}

/** Until when the waiting change stays possible, for its order; null when not known. */
export function stillPossible(v: TurnView): string | null {
  if (!v.pending) return null;
  const { type, order_id } = v.pending.action;
  const order = v.context?.orders?.find((o) => o.id === order_id) ?? null;
  if (!order) return null;
  if (type === "cancel_order" || type === "modify_items" || type === "change_address") {
    return canChange(order, "change", v.now).ok
      ? `Order ${order.id} hasn't shipped yet, so this stays possible until it does.`
      : null;
  }
  if (type === "return_item" || type === "refund") {
    const end = returnDeadline(order);
    return end ? `You have until ${formatDate(end, v.now)} to decide.` : null;
  }
  return null;
}

/** The waiting change in the customer's words: "cancel order ORD-1003". */
export function pendingWhat(v: TurnView): string {
  const p = v.pending!;
  return p.summary
    ? p.summary.charAt(0).toLowerCase() + p.summary.slice(1)
    : actionPhrase(p.action.type, p.action.order_id);
}

/** "Not sure yet", "maybe I'll wait and see" while a change waits: no rush, nothing done. */
export function undecidedWhilePending(v: TurnView): Draft | null {
  if (!v.pending || !leavesUndecided(v.text) || /\?/.test(v.text)) return null;
  const name = v.name ? `, ${v.name}` : "";
  return draft("pending_undecided", "friendly", [
    `No rush${name} — I haven't changed anything.`,
    stillPossible(v),
    `If you decide you'd like me to ${pendingWhat(v)}, just say so.`,
  ]);
}

/** "What would you do?", "what do you think?", "is it worth it?" about the change waiting. */
const ADVICE =
  /^\s*(?:(?:hmm+|so|well|ok(?:ay)?|honestly|tbh|but)[\s,.]*)*(?:what (?:would|should|do) (?:you|u) (?:do|recommend|suggest|advise|think)(?: i (?:should )?do)?|what do (?:you|u) think|(?:would|do) (?:you|u) recommend (?:it|that|doing that)|is it worth it|what'?s (?:best|better|the best option)|if (?:you were|u were) me)\b(?:[\s,]+(?:here|now|then|in my (?:place|shoes)|honestly|tbh|lol))*\s*\??\s*$/i;

/**
 * "What would you do?" while a change waits: not a yes or a no, and not ours to decide — what
 * to weigh (until when it stays possible), and that nothing changes without their yes.
 */
export function adviceWhilePending(v: TurnView): Draft | null {
  if (!v.pending || !ADVICE.test(v.text)) return null;
  return draft("pending_advice", "friendly", [
    "That's really your call — I don't want to push you either way.",
    stillPossible(v) ??
      "Whichever you choose, I'll only go ahead once you tell me to.",
    `If you'd like me to ${pendingWhat(v)}, just say yes; if you'd rather leave it, say no and ` +
    "nothing changes.",
  ]);
}

/**
 * The draft of a turn that weighs a change, marked as a soft offer when it proposes one (the
 * next turn's bare "ok" is then no yes); any other draft as it is.
 */
export function softlyOffered(v: TurnView, d: Draft): Draft {
  const change = d.proposed_actions.find((a) => a.requires_confirmation);
  if (!change || d.asks || !weighedChange(v.text)) return d;
  return { ...d, asks: { slot: "offer", intent: v.intent, order_id: change.order_id } };
}

/**
 * "Ok" or "good to know" right after a change was offered softly: taken in, not agreed to —
 * asked once whether they want it done now, nothing changed. Null for any other turn.
 */
export function notedAfterOffer(v: TurnView): Draft | null {
  if (!v.pending || v.asked?.slot !== "offer" || !onlyNoted(v.text)) return null;
  return draft("pending_offer_noted", "friendly", [
    "Just to check, so nothing happens by mistake: " +
    `would you like me to ${pendingWhat(v)} now? Say yes and I'll do it, or no if you were ` +
    "only asking — nothing has been changed.",
  ]);
}

/**
 * "What would you do?" with nothing waiting, after an answer about an order: not ours to
 * decide, nor a new conversation ("what can I do for you next?") — what stands for the order
 * in question, and that nothing changes unless they ask. Null on a first turn or while a
 * change waits (`adviceWhilePending`).
 */
export function adviceAsked(v: TurnView): Draft | null {
  if (v.pending || v.firstTurn || !ADVICE.test(v.text)) return null;
  const id = v.told?.order_id ?? v.context?.order?.id ?? null;
  const order = v.context?.orders?.find((o) => o.id === id) ?? null;
  const open = order && canChange(order, "change", v.now).ok
    ? `Order ${order.id} hasn't shipped yet, so there's still time to decide.`
    : null;
  const end = order ? returnDeadline(order) : null;
  const back = !open && end && Date.parse(end) > v.now.getTime()
    ? `Order ${order!.id} can be returned until ${formatDate(end, v.now)}, so there's no rush.`
    : null;
  return draft("advice_asked", "friendly", [
    "That's really your call — I don't want to push you either way.",
    open ?? back,
    "Tell me what you'd like to do, and I'll only change something once you've said so.",
  ]);
}
