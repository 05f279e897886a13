/**
 * The reply to mixed feedback ("the mixer is great but delivery was a nightmare", read by the
 * sentiment actor's `mixed` signal): the praise thanked, the let-down owned with an apology,
 * and a way to put right anything still wrong — not "Thank you so much for the kind words!"
 * with a review to write, nor a supervisor review of a complaint nobody made.
 */
import type { Intent } from "../../shared/protocol.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";
import { opener } from "./tone.ts";
import { lukewarmReview, mixedFeedback } from "../../domain/mixed_feedback.ts";

/** Readings mixed feedback is given by the classifier. */
const READ_AS: ReadonlySet<Intent> = new Set<Intent>(["feedback", "complaint", "other"]);

/** What the let-down was about: "but (the) delivery was…" → "the delivery". */
const SUBJECT =
  /\b(?:but|though|although|however|except|only|shame|pity|sadly|unfortunately)\s+(?:the\s+|my\s+|your\s+)?([a-z]+(?:\s+(?:guy|man|driver|time|service|box))?)\s+(?:was|were|is|are|took|has been|have been|could|feels?|seems?|looks?|sounds?|smells?)\b/i;

/** What got no stars: "zero stars for the delivery" → "the delivery". */
const NO_STARS_FOR =
  /\b(?:0|zero|1|one|no)\s*(?:stars?|marks|points)\s+for\s+(?:the\s+|my\s+|your\s+)?([a-z]+)/i;

/** The reply to mixed feedback, or null when the turn is none. */
export function mixedFeedbackReply(v: TurnView, tone: Tone): Draft | null {
  if (!READ_AS.has(v.intent)) return null;
  // "The espresso machine is great but it took ages. anyway where are my headphones?": the
  // part that is mixed feedback is answered as such beside the question.
  const part = mixedFeedback(v.text) || lukewarmReview(v.text);
  if (!part && !v.sentiment?.signals?.includes("mixed")) return null;
  const others = (v.requests ?? []).some((r) =>
    !READ_AS.has(r.intent) && r.intent !== "small_talk"
  );
  if (others && !part) return null;
  const subject = (v.text.match(SUBJECT) ?? v.text.match(NO_STARS_FOR))?.[1]?.toLowerCase();
  const what = subject && !/^(?:it|they|this|that)$/.test(subject)
    ? `the ${subject}`
    : /\btook (?:forever|ages|so long|too long)\b/i.test(v.text)
    ? "the wait"
    : "the rest";
  // The opener greets by name on the first turn; said once is enough (a part of a message
  // is answered after the reply's own opener).
  const name = v.name && !v.firstTurn && !part ? `, ${v.name}` : "";
  return draft("feedback_mixed", tone === "formal" ? "formal" : "empathetic", [
    // A greeting only: the let-down is owned below, not met with "let's get this sorted".
    v.firstTurn ? opener(calm(v), "friendly") : null,
    lukewarmReview(v.text)
      ? `Thank you for telling us how you find it${name} — I'm sorry it isn't all you hoped ` +
        "for, and I'll make sure the team hears about it."
      : `Thank you${name} — I'm glad you like it, and I'm sorry ${what} let you down; that's ` +
        "not how it should go, and I'll make sure the team hears about it.",
    // Beside a question, the question is what they want done.
    others ? null : "If anything with an order still needs putting right — something late, " +
      "damaged or missing — tell me which order and I'll sort it out.",
  ]);
}

/** The view as a calm reading, for an opener that greets and no more. */
function calm(v: TurnView): TurnView {
  const s = v.sentiment;
  return {
    ...v,
    intent: "feedback",
    sentiment: s ? { ...s, label: "neutral", is_complaint: false } : s,
  };
}
