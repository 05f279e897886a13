/**
 * "And when?", "how long?", "by when", "wait actually how long would that take" while a change
 * waits for a yes, right after a question about it: when that change's money or goods would come — not the order's delivery date, which
 * the status reading of the bare "when" gave — and the change asked about again.
 * Pure.
 */
import { pendingDetails } from "./pending_details.ts";
import { shortPendingLine } from "./policy_answer.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** A bare question of time or money: "and when", "how long?", "by when", "how much?". */
const BARE =
  /^\s*(?:(?:and|so|ok(?:ay)?|but)\b[\s,]*)*(?:when|by when|how long|how soon|how much|how many days)(?:\s+(?:then|exactly|though|tho|roughly))?\s*[?!.]*\s*$/i;

/** Changes with a timing of their own: money back, goods sent (a speed-up is the parcel's). */
const OWN_TIMING = new Set(["refund", "cancel_order", "return_item", "replacement"]);

/** "Wait", "actually", "hmm" before a question: a pause, not an answer. */
const PAUSE =
  /^\s*(?:(?:wait|hold on|hang on|actually|hmm+|um+|oh|ok(?:ay)?|so|but|and)\b[\s,.!-]*)+/i;

/**
 * "Wait actually how long would that take", "hmm how much would it cost": a short question of
 * the change's time or money after a pause (the classifier reads the pause, not the question).
 */
const PAUSED_QUESTION =
  /^(?:how long|how soon|how quickly|how many days|when|how much|what would (?:it|that) cost|(?:will|would|does) (?:it|that) cost|is (?:it|that) free)\b[^.!]{0,40}$/i;

/** The waiting change's timing or amount, for a bare question; null otherwise. */
export function pendingQuestion(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || !OWN_TIMING.has(p.action.type)) return null;
  const rest = v.text.replace(PAUSE, "").trim();
  const paused = rest !== v.text.trim() && PAUSED_QUESTION.test(rest);
  if (!BARE.test(v.text) && !paused) return null;
  const details = pendingDetails(paused ? { ...v, text: rest } : v, p);
  return details ? draft("pending_details", tone, [...details, shortPendingLine(p)]) : null;
}
