/**
 * A guest who pushes back on signing in while asking about an order: "this is absurd, I have
 * to sign in to cancel?? I'm not doing that", "no. just cancel it" right after we asked. The
 * plain ask again ("Happy to look into that…") reads as if we did not hear them: this owns
 * the extra step, says why in a line, and that the request waits for them — the gateway
 * hands it back once they are signed in (gateway/signin_request.ts), so they need not ask
 * again.
 */
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** Words that push back on the sign-in itself, or on being asked for it again. */
const PUSHBACK = new RegExp(
  [
    String.raw`\b(?:i'?m|i am|im)\s+not\s+(?:doing|going to do|gonna do|signing|logging)\b`,
    String
      .raw`\bi\s+(?:won'?t|refuse to|don'?t want to|do not want to)\s+(?:sign|log|do that|give|verify)\b`,
    String.raw`\b(?:have|need|got)\s+to\s+(?:sign|log)\s*in\b[^.!?]*[?!]`,
    String
      .raw`\bsign(?:ing)?\s*in\b[^.!?]*\b(?:absurd|ridiculous|joke|stupid|annoying|pain|hassle|nonsense|silly)\b`,
    String
      .raw`\b(?:absurd|ridiculous|joke|stupid|annoying|nonsense|silly)\b[^.!?]*\b(?:sign|log)\s*in\b`,
    String.raw`\b(?:just|simply)\s+(?:cancel|refund|tell|show|change|do|return|check|look)\b`,
    String
      .raw`^\s*(?:no|nope|nah)\b[\s.,!]+(?:just\s+)?(?:cancel|refund|tell|show|change|do|return)\b`,
  ].join("|"),
  "i",
);

/** The reply to a guest pushing back on signing in, or null when the turn does not. */
export function signInPushback(v: TurnView, tone: Tone): Draft | null {
  if (!v.guest || v.signInCodeSent || !ORDER_INTENTS.has(v.intent)) return null;
  if (!PUSHBACK.test(v.text)) return null;
  return draft("identify_pushback", tone, [
    "I understand it's an extra step, and I'm sorry for the hassle.",
    "Orders are private, so I can only show or change one once I know it's yours — anyone " +
    "could type an order number here, and I can't make an exception.",
    "It only takes a moment: sign in, or tell me the email address you ordered with and I'll " +
    "email you a one-time code. Once you type it here, I'll pick up your request straight away — you " +
    "won't need to ask again.",
  ]);
}
