/**
 * Answers to a pending change that are neither yes nor no, and no question the policy
 * answers: "hold on", "give me a sec" (time to think: nothing changes until they say so),
 * and "wait what does that mean", "I don't understand" (what the change would do, from the
 * order and the policy). Both had been told "I'm not sure whether that's a yes or a no".
 */
import { actionPhrase } from "../../domain/outcomes.ts";
import { type Draft, draft, PARAGRAPH, type Tone, type TurnView } from "./view.ts";
import { pendingDetails } from "./pending_details.ts";
import { shortPendingLine } from "./policy_answer.ts";

/** "Hold on", "one sec", "let me think", "give me a minute": asking for time, alone. */
const WAIT_A_MOMENT =
  /^\s*(?:(?:ok(?:ay)?|hmm+|um+|oh)[\s,.]+)?(?:hold on|hang on|wait(?: a (?:sec(?:ond)?|min(?:ute)?|moment))?|one (?:sec(?:ond)?|moment|min(?:ute)?)|just a (?:sec(?:ond)?|moment|min(?:ute)?)|give me a (?:sec(?:ond)?|moment|min(?:ute)?|bit)|let me (?:think(?: about it)?|check(?: something)?|see)|bear with me|brb|1 sec|sec)\b[\s.!…]*$/i;

/** "What does that mean", "I don't understand", "explain": what the change would do, asked. */
const WHAT_IT_MEANS =
  /\b(?:what (?:does|would) (?:that|this|it) (?:mean|do)|what do you mean|i don'?t (?:understand|get it)|not sure what (?:that|this|it) means|(?:can|could) you explain|explain (?:that|this|it|please)|meaning what)\b/i;

/** The reply to "hold on" or "what does that mean" while a change waits; else null. */
export function holdOnOrExplain(v: TurnView, tone: Tone): Draft | null {
  const p = v.pending;
  if (!p || new Date(p.expires_at) <= v.now) return null;
  const name = v.name ? `, ${v.name}` : "";
  if (WAIT_A_MOMENT.test(v.text)) {
    return draft("pending_hold_on", "friendly", [
      `Of course${name}, take your time.`,
      `I haven't changed anything: when you're ready, say yes and I'll ${
        actionPhrase(p.action.type, p.action.order_id)
      }, or no to leave it as it is.`,
    ]);
  }
  if (!WHAT_IT_MEANS.test(v.text)) return null;
  // Read as "what happens then?": the change as a whole, its timing and its money.
  const details = pendingDetails({ ...v, text: "what happens then?" }, p);
  if (!details) return null;
  // The details may say what a yes does already ("Nothing changes until you say yes; then…").
  const said = details.some((d) => /until you say yes/i.test(d));
  return draft("pending_question_answered", tone, [
    said ? null : `If you say yes, I'll ${actionPhrase(p.action.type, p.action.order_id)}.`,
    ...details,
    PARAGRAPH,
    shortPendingLine(p),
  ]);
}
