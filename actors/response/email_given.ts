/**
 * "its mike.johnson@example.com" right after the answer on signing in or a reset email that
 * didn't come: the email the customer means to use, checked against the account they are
 * signed in with here — the reset link goes to that address. It had been "Sure — what would
 * you like me to help with?". Pure.
 */
import { type Draft, draft, type Tone, type TurnView } from "./view.ts";

/** The FAQ answers after which an email given is the address for the reset link. */
const SIGN_IN_TOPICS = new Set(["password_reset", "sign_in_trouble", "reset_email_missing"]);
/** Nothing but an email address, maybe introduced: "its x@y.com", "my email is x@y.com". */
const EMAIL_ONLY =
  /^\s*(?:(?:it'?s|its|it is|my email(?: address)? is|email(?: address)?:?|the email is|i used|using)\s+)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[.!]*\s*$/i;

/** The reply to an email given after the sign-in answer, or null. */
export function emailGiven(v: TurnView, tone: Tone): Draft | null {
  const own = v.context?.customer?.email;
  if (v.guest || !own || !SIGN_IN_TOPICS.has(v.faq ?? "")) return null;
  const given = EMAIL_ONLY.exec(v.text)?.[1];
  if (!given) return null;
  if (given.toLowerCase() === own.toLowerCase()) {
    return draft("email_given_own", tone, [
      `Thanks — ${own} is the email on your account, so that's where the reset link goes.`,
      "If it isn't in your inbox, spam or promotions folder after a few minutes, request a new " +
      "link (only the newest one works); if nothing comes even then, tell me and a colleague " +
      "will verify your identity and help you back in.",
    ]);
  }
  return draft("email_given_other", tone, [
    `The account you're chatting from uses ${own}, so a reset link for it goes there, not to ` +
    `${given}.`,
    `If you have another account under ${given}, choose "Forgot password?" on the sign-in page ` +
    "and enter that address — the link goes to that inbox.",
  ]);
}
