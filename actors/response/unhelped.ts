/**
 * "Ur useless", "this bot is stupid", "are you even listening": a verdict on the assistant,
 * not a complaint about an order. It had been thanked "for taking the time to tell us what
 * went wrong" as if something had been told. Said back: an apology for not helping, a way to
 * try again, and a person on offer. Null when the message asks or tells anything more.
 */
import type { Intent } from "../../shared/protocol.ts";
import { type Draft, draft, type TurnView } from "./view.ts";
import { wantsItSorted } from "../../domain/wants_sorted.ts";

/** A verdict on the assistant itself. */
const NO_HELP_FROM_YOU =
  /\b(?:(?:you'?re|youre|ur|u r|you are|this (?:bot|chat|assistant|thing) is|what a)\s+(?:so\s+|really\s+|completely\s+|totally\s+|absolutely\s+|fucking\s+|f\*+ing\s+)?(?:useless|stupid|dumb|hopeless|rubbish|garbage|pointless|a joke|no help|not helping|not helpful|not listening|terrible|awful)|are (?:you|u) even (?:listening|reading|real)|(?:stupid|useless|dumb) (?:bot|robot|machine|ai)|you'?re not (?:helping|listening))\b/i;

/** Readings such a verdict is given. */
const READ_AS: ReadonlySet<Intent> = new Set<Intent>(["complaint", "other", "feedback"]);

/** The reply to a verdict on the assistant, or null. */
export function unhelpedReply(v: TurnView): Draft | null {
  if (!READ_AS.has(v.intent) || !NO_HELP_FROM_YOU.test(v.text)) return null;
  if ((v.requests ?? []).some((r) => !READ_AS.has(r.intent) && r.intent !== "small_talk")) {
    return null;
  }
  const name = v.name ? `, ${v.name}` : "";
  return draft("unhelped", "apologetic", [
    `I'm sorry I haven't been much help${name}.`,
    "Tell me in a few words what you need — which order, and what you'd like done — and I'll " +
    "try again.",
    v.openHandoff
      ? "A member of our team is also on the way and will reply right here."
      : "Or, if you'd rather, just say so and I'll pass you to a member of our team.",
  ]);
}

/**
 * "Hi, I have a complaint", "i want to complain": a complaint announced, nothing told yet
 * (so is "i just want it sorted", `domain/wants_sorted.ts`).
 */
const ANNOUNCED =
  /^(?:(?:hi|hello|hey|yes|ok|so|um+|hmm+)[\s,.!]*)*(?:i(?:'d| would)? (?:have|like to make|want to make|wanna make|need to make|want to (?:file|lodge|raise)|would like to (?:file|lodge|raise)) (?:a |an official )?complaint|i (?:want|need|would like|'d like) to complain|complaint)(?: (?:please|pls|to make))?[\s.!]*$/i;

/** The reply to a complaint announced with nothing told yet: what happened, asked. */
export function complaintAnnounced(v: TurnView): Draft | null {
  // "I just want it sorted" as the first thing said (read as a complaint, or as feedback).
  const untold = wantsItSorted(v.text) && (v.intent === "complaint" || !v.lastIntent);
  if (!untold && (v.intent !== "complaint" || !ANNOUNCED.test(v.text.trim()))) return null;
  const name = v.name ? `, ${v.name}` : "";
  return draft("complaint_announced", "empathetic", [
    `I'm sorry something has gone wrong${name}.`,
    "Tell me what happened — and with which order, if it's about one — and I'll look into it " +
    "straight away.",
    v.openHandoff
      ? "A member of our team is also on the way and will reply right here."
      : "If you'd rather tell a member of our team, just say so and I'll pass you over.",
  ]);
}
