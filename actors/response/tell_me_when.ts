/**
 * "Just tell me when it comes", "I'll just wait for it" while an investigation of the late
 * parcel (or a faster delivery) waits for a yes: the customer asks when it comes, and would
 * rather wait than have it chased. Answered with the parcel's facts — its latest scan and the
 * carrier's estimate — and honestly about the notice (this chat sends none), then the change
 * left as theirs to ask for in one line; it read as an unclear yes or no and was asked again.
 */
import type { ActionType } from "../../shared/protocol.ts";
import { actionPhrase } from "../../domain/outcomes.ts";
import { type Draft, draft, PARAGRAPH, type Tone, trackingFor, type TurnView } from "./view.ts";
import { statusFacts } from "./order_facts.ts";

/** Changes about a parcel on its way, which waiting for it makes unneeded for now. */
const ABOUT_THE_PARCEL: ReadonlySet<ActionType> = new Set<ActionType>([
  "carrier_investigation",
  "expedite_delivery",
]);

/** "Tell me / let me know when it comes", "I'll just wait", "keep me posted". */
const WAIT_FOR_IT =
  /\b(?:tell|let|notify|update|ping|message|email|text|inform)\s+me\b[^.!?]*\b(?:when|once|if|whenever)\b[^.!?]*\b(?:comes?|arrives?|gets? (?:here|there|in)|delivered|shows? up|lands?|turns? up|moves?)\b|\b(?:i'?ll|i will|i'?d rather|i can|happy to|let'?s)\s+(?:just\s+)?wait\b|\bkeep me (?:posted|updated|in the loop)\b/i;

/** Whether the message asks to be told when the parcel comes, or says they'll wait. */
export function waitsForParcel(text: string): boolean {
  return WAIT_FOR_IT.test(text);
}

/** The reply to "just tell me when it comes" while a change about the parcel waits; else null. */
export function tellMeWhenItComes(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || !ABOUT_THE_PARCEL.has(p.action.type) || !waitsForParcel(v.text)) return null;
  if (new Date(p.expires_at) <= v.now) return null;
  const order = v.context?.order_lookup === "found" ? v.context.order : null;
  if (!order || (p.action.order_id !== null && order.id !== p.action.order_id)) return null;
  const tracking = trackingFor(v, order);
  return draft("pending_wait_for_parcel", tone, [
    ...statusFacts(v, order, tracking),
    PARAGRAPH,
    tracking?.number
      ? `I can't send you a message from this chat when it arrives, but tracking number ${tracking.number} shows every scan as it happens.`
      : "I can't send you a message from this chat when it arrives, but your order page shows its progress.",
    `I haven't changed anything: if you'd still like me to ${
      actionPhrase(p.action.type, p.action.order_id)
    }, just say yes.`,
  ]);
}
