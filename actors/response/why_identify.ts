/**
 * "Why can't you just tell me?", "why do you need my email?" right after a guest was asked to
 * sign in: why — an order's details are its owner's, and an order number alone could be
 * anyone's — and how to go on. It had been "that's outside what I can help with". Pure.
 */
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Why not, or why that is needed. */
const WHY_NOT =
  /\bwhy\b[^.?!]{0,30}\b(?:can'?t|cant|cannot|won'?t|wont|not|do you need|need (?:to|my|that))\b|\bwhat do you need (?:my email|that|it|the email) for\b/i;
/** Our last reply asked them to say who they are. */
const ASKED_WHO = /\b(?:sign in|confirm who you are|know it's you|one-time code)\b/i;

/** The reason a guest is asked who they are, or null when that is not what they ask. */
export function whyIdentify(v: TurnView, tone: Tone): Draft | null {
  if (!v.guest || !WHY_NOT.test(v.text) || !ASKED_WHO.test(v.replied ?? "")) return null;
  return draft("identify_why", tone, [
    "Because order details are private: I can only share them with the person who placed the " +
    "order, once I know it's them — an order number alone could be anyone's.",
    v.signInCodeSent
      ? "Type the one-time code we sent to the email on the account, and I'll check it " +
        "straight away."
      : "If it's your order, sign in or tell me the email address you ordered with: I'll send " +
        "a one-time code there, and once you've typed it here I can tell you everything.",
  ]);
}
