/**
 * "Why do you need a code?", "what's the code for?" from a guest a sign-in code was sent to,
 * and "why not?", "why do you need that?" from a guest just asked to sign in: the reason
 * (orders are private; we only show or change a signed-in customer's orders) and how,
 * instead of "No problem" or an out-of-scope line.
 */
import { ORDER_INTENTS } from "../../domain/intents.ts";
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** A question about why a code is asked for, or what it is. */
const WHY_CODE =
  /\b(?:why|how come|do i (?:really )?need)\b[^.!]*\b(?:code|verify|verification|sign ?in|log ?in)\b|\bwhy\b[^.!?]*\b(?:need|want|ask)\b|\bwhat(?:'?s| is) (?:the |this |that )?code (?:for|about)\b|\b(?:what|which) code\b/i;

/**
 * Right after we asked a guest to sign in, a bare "why?", "why not", "how come", "what
 * for", "do I have to?", "is that necessary" asks why it is needed.
 */
const WHY_ASKED =
  /^(?:(?:but|and|ok|hm+|um+|erm?|wait)[\s,]+)?(?:why(?: not| so| is that| do you need (?:it|that|this|to know|my email)| does it matter)?|how come|what for|for what|what do you need (?:it|that|this) for|do i (?:have|need) to|is that (?:really )?(?:necessary|needed)|(?:whats|what's|what is) the point)\s*[?!.]*\s*$/i;

/** "How do I sign in?", "how?" right after we asked a guest to sign in: how to. */
const HOW_ASKED =
  /^(?:(?:ok(?:ay)?|but|and|so|um+|hm+)[\s,]+)?(?:how(?: do i do that| do i do it)?|how (?:do|can|would) i (?:sign|log) ?in(?: here)?|how do i verify(?: (?:it'?s|that it'?s) me)?|(?:where|how) do i (?:sign|log) ?in)(?:\s+(?:then|now|exactly|here))?\s*[?!.]*\s*$/i;

/** The reason for signing in or for the code, or null when the turn asks no such thing. */
export function signInWhy(v: TurnView, tone: Tone): Draft | null {
  if (!v.guest) return null;
  if (v.signInCodeSent && WHY_CODE.test(v.text)) {
    return draft("identify_code_why", tone, [
      "Orders are private: the code we emailed proves that the address is yours before I show " +
      "anything of an account — anyone could type an email address here.",
      "Type the six digits from that email and I'll take it from there; if it hasn't arrived, " +
      "check your spam folder or ask me for a new code.",
    ]);
  }
  // We just asked them to sign in about an order: they ask why.
  const asked = !!v.lastIntent && ORDER_INTENTS.has(v.lastIntent);
  // "How do I sign in?" from any guest without a code on its way; a bare "how?" only after we asked.
  const how = HOW_ASKED.exec(v.text.trim());
  const bare = how !== null &&
    /^\W*(?:\w+[\s,]+)?how(?: do i do (?:that|it))?(?:\s+(?:then|now|exactly|here))?\W*$/i.test(
      v.text.trim(),
    );
  if (how && !v.signInCodeSent && (asked || !bare)) {
    return draft("identify_how", tone, [
      "Tell me the email address you ordered with and I'll email you a one-time code: type " +
      "it here and you're signed in for this conversation. If you have a password for your " +
      "account, you can also sign in with the account link at the top of the page.",
      "Once you're signed in I'll look into your order straight away.",
    ]);
  }
  if (!asked || !(WHY_ASKED.test(v.text.trim()) || WHY_CODE.test(v.text))) return null;
  return draft("identify_why", tone, [
    "Because orders are private: I can only show or change the orders of a signed-in " +
    "customer, so nobody can see or change yours just by typing your email address here.",
    "Sign in with the account link at the top of the page, or tell me the email address you " +
    "ordered with and I'll email you a one-time code to type here — then I'll look into it " +
    "straight away. Questions about our policies, shipping or products I can answer without it.",
  ]);
}
