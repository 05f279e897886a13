/**
 * "Why do you need a code?", "what's the code for?" from a guest a sign-in code was sent to:
 * the reason (orders are private; the code proves the email is theirs) and what to do,
 * instead of an out-of-scope line.
 */
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** A question about why a code is asked for, or what it is. */
const WHY_CODE =
  /\b(?:why|how come|do i (?:really )?need)\b[^.!]*\b(?:code|verify|verification|sign ?in|log ?in)\b|\bwhy\b[^.!?]*\b(?:need|want|ask)\b|\bwhat(?:'?s| is) (?:the |this |that )?code (?:for|about)\b|\b(?:what|which) code\b/i;

/** The reason for the sign-in code, or null when the turn asks no such thing. */
export function signInWhy(v: TurnView, tone: Tone): Draft | null {
  if (!v.signInCodeSent || !v.guest || !WHY_CODE.test(v.text)) return null;
  return draft("identify_code_why", tone, [
    "Orders are private: the code we emailed proves that the address is yours before I show " +
    "anything of an account — anyone could type an email address here.",
    "Type the six digits from that email and I'll take it from there; if it hasn't arrived, " +
    "check your spam folder or tell me the email address again for a new one.",
  ]);
}
