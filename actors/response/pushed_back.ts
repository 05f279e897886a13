/**
 * The answer to a push on the store's no (`domain/pushback.ts`): "but please", "I've been a
 * customer for years", "can't you make an exception", "then what CAN you do?" right after a
 * change was turned down. It had been thanked "for taking the time to tell us what went
 * wrong" with the order's tracking, told "I can only help with orders…", or asked what it
 * meant. Now: the push acknowledged in its own terms, the rule kept (never given in), what
 * can be done instead, and a person on offer. An insistence the decision router hands over
 * is told the same rule and that a person will look at it, with no promise of another
 * answer. Pure.
 */
import { INSISTS_REASON, type Pushback, pushbackOf, refusalOf } from "../../domain/pushback.ts";
import { alternativeFor } from "./alternatives.ts";
import { addressOptions } from "./address_options.ts";
import { itemsOptions } from "./items_options.ts";
import {
  asking,
  type Draft,
  draft,
  PARAGRAPH,
  type Tone,
  trackingFor,
  type TurnView,
} from "./view.ts";
import type { OrderView } from "../../shared/protocol.ts";

/** The first words to each kind of push, before the rule is said again. */
const LEADS: Record<Pushback, (name: string) => string> = {
  plea: (n) => `I understand this matters to you${n}, and I'm sorry I can't change the answer.`,
  loyal: (n) =>
    `Thank you for being with us for so long${n} — I really do appreciate it, and I'm sorry ` +
    "I can't change the answer.",
  exception: (n) => `I'm sorry${n} — this is a rule I can't make an exception to.`,
  options: (n) => `Here's where things stand${n}, and what I can do.`,
  insist: (n) => `I hear you${n}, and I'm sorry I can't change the answer.`,
};

/** The order the push is about and the store's no to it, when the change is still refused. */
function pushedOn(v: TurnView): { order: OrderView; push: Pushback } | null {
  const push = pushbackOf(v.text);
  const order = v.context?.order_lookup === "found" ? v.context.order : null;
  // Only right after the same request was answered about the same order: a first message
  // ending in "please" is a request, not a push.
  if (!push || !order || v.pending || v.lastIntent !== v.intent || v.told?.order_id !== order.id) {
    return null;
  }
  return { order, push };
}

/** The reply to a push on a change still refused, or null when the message is none. */
export function pushedBackReply(v: TurnView, tone: Tone): Draft | null {
  const on = pushedOn(v);
  if (!on) return null;
  const refusal = refusalOf(v.intent, on.order, v.now, trackingFor(v, on.order));
  if (!refusal) return null;
  // With a person already on the way, the queue's own line says so.
  const person = v.openHandoff
    ? null
    : "If you'd like a member of our team to look at it with you, just say so and I'll pass " +
      "you over.";
  // "So what can I do" about items: the ways to have more or fewer, already written out.
  const ways = on.push === "options" && v.intent === "modify_order"
    ? itemsOptions(v, tone, on.order)
    : null;
  if (ways) return { ...ways, text: person ? `${ways.text}${PARAGRAPH}${person}` : ways.text };
  // "Ok what can I do then" about an address: the carrier's redirect, a return, a colleague
  // (the list offers the colleague itself).
  const places = on.push === "options" && v.intent === "change_address"
    ? addressOptions(v, tone, on.order)
    : null;
  if (places) return places;
  const name = v.name ? `, ${v.name}` : "";
  const alt = alternativeFor(v, on.order, refusal);
  const d = draft(`pushback_${on.push}`, tone, [
    LEADS[on.push](name),
    refusal.rule,
    ...alt.sentences,
    PARAGRAPH,
    person,
  ], alt.actions);
  return alt.asks ? asking(d, alt.asks) : d;
}

/**
 * The handoff of a shopper who insists on a change the rules refuse: the rule said once more,
 * then the person announced (the handoff's own closing paragraph). Null for any other handoff.
 */
export function insistedHandoff(v: TurnView, tone: Tone, held: Draft): Draft | null {
  // Handed over for the insistence, or for a threat said after the no (its urgency).
  const insisted = v.decision?.reasons.some((r) => r.startsWith(INSISTS_REASON)) ||
    pushedOn(v) !== null;
  if (!insisted || v.openHandoff) return null;
  const order = v.context?.order_lookup === "found" ? v.context.order : null;
  // While the refusal's offer waits, the push is on the change refused the turn before.
  const pressed = v.pending ? v.lastIntent ?? v.intent : v.intent;
  const refusal = order ? refusalOf(pressed, order, v.now, trackingFor(v, order)) : null;
  if (!order || !refusal) return null;
  const alt = alternativeFor({ ...v, intent: pressed }, order, refusal);
  const name = v.name ? `, ${v.name}` : "";
  const handover = held.text.split(PARAGRAPH).at(-1) ?? "";
  return draft("pushback_handoff", tone, [
    LEADS.insist(name),
    refusal.rule,
    // An offer needs a yes this turn cannot take: only what the shopper can do themselves.
    ...(alt.actions.length === 0 && !alt.asks ? alt.sentences : []),
    PARAGRAPH,
    handover,
    "They can't promise a different answer, but they'll look at it with you.",
  ]);
}
