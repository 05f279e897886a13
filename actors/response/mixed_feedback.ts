/**
 * The reply to mixed feedback ("the mixer is great but delivery was a nightmare", read by the
 * sentiment actor's `mixed` signal): the praise thanked, the let-down owned with an apology,
 * and a way to put right anything still wrong — not "Thank you so much for the kind words!"
 * with a review to write, nor a supervisor review of a complaint nobody made.
 */
import type { Intent } from "../../shared/protocol.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import { opener } from "./tone.ts";

/** Readings mixed feedback is given by the classifier. */
const READ_AS: ReadonlySet<Intent> = new Set<Intent>(["feedback", "complaint", "other"]);

/** What the let-down was about: "but (the) delivery was…" → "the delivery". */
const SUBJECT =
  /\b(?:but|though|although|however|except|only)\s+(?:the\s+|my\s+|your\s+)?([a-z]+(?:\s+(?:guy|man|driver|time|service|box))?)\s+(?:was|were|is|are|took|has been|have been|could|feels?|seems?|looks?|sounds?|smells?)\b/i;

/** The reply to mixed feedback, or null when the turn is none. */
export function mixedFeedbackReply(v: TurnView, tone: Tone): Draft | null {
  if (!v.sentiment?.signals?.includes("mixed") || !READ_AS.has(v.intent)) return null;
  if ((v.requests ?? []).some((r) => !READ_AS.has(r.intent) && r.intent !== "small_talk")) {
    return null;
  }
  const subject = v.text.match(SUBJECT)?.[1]?.toLowerCase();
  const what = subject && !/^(?:it|they|this|that)$/.test(subject) ? `the ${subject}` : "the rest";
  // The opener greets by name on the first turn; said once is enough.
  const name = v.name && !v.firstTurn ? `, ${v.name}` : "";
  return draft("feedback_mixed", tone === "formal" ? "formal" : "empathetic", [
    v.firstTurn ? opener(v, "friendly") : null,
    `Thank you${name} — I'm glad you like it, and I'm sorry ${what} let you down; that's not ` +
    "how it should go, and I'll make sure the team hears about it.",
    "If anything with an order still needs putting right — something late, damaged or " +
    "missing — tell me which order and I'll sort it out.",
  ]);
}
