/**
 * The handoff's reply when a change was asked beside the person ("get me a manager and
 * cancel ORD-1003"): what can be done about the change now — proposed for a yes, or refused
 * with what can be done instead — and then that the person is coming too, so the customer
 * need not wait for them to have it done. The decision router routes such a turn through
 * execution as well as to the person (`actors/decision_router/person_and_change.ts`).
 */
import type { Intent } from "../../shared/protocol.ts";
import { changeAbout, CHANGES_BESIDE_PERSON } from "../../domain/person_beside.ts";
import { requestView } from "./multi.ts";
import type { Draft, Tone, TurnView } from "./view.ts";

/** The part of the message that asks for the change, or null. */
function changeAsked(v: TurnView): { intent: Intent; text: string } | null {
  const parts = v.requests?.length ? v.requests : [{ intent: v.intent, text: v.text }];
  const asked = parts.find((r) => CHANGES_BESIDE_PERSON.has(r.intent));
  if (asked) return asked;
  const about = changeAbout(v.text);
  return about ? { intent: about, text: v.text } : null;
}

/**
 * The change answered, then the person announced (`held`, the handoff's own reply); null
 * when the turn is no handoff that also acts.
 */
export function handoffWithChange(
  v: TurnView,
  tone: Tone,
  held: Draft,
  render: (sub: TurnView, tone: Tone) => Draft,
): Draft | null {
  if (v.decision?.action !== "handoff" || !v.canAct || v.openHandoff) return null;
  const asked = changeAsked(v);
  if (!asked) return null;
  const sub = render({ ...requestView(v, asked.intent, asked.text), firstTurn: v.firstTurn }, tone);
  if (sub.template?.startsWith("handoff")) return null;
  // The person announced is the handoff reply's last paragraph (before it, the order's facts,
  // which the change's answer states itself).
  const person = held.text.split("\n\n").pop()!.trim();
  const lead = /^I\b/.test(person) ? person : `${person[0].toLowerCase()}${person.slice(1)}`;
  const also = `You asked for a person too, so ${lead}`;
  const wait = sub.proposed_actions.length > 0
    ? " You don't need to wait for them for this: if you say yes, I'll do it right away, and they'll see it."
    : "";
  return {
    ...sub,
    text: `${sub.text}\n\n${also}${wait}`,
    template: `handoff_with_change+${sub.template ?? "change"}`,
  };
}
