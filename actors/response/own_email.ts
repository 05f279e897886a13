/**
 * "What email is on my account?" from a customer signed in: the address they are signed in
 * with — their own, which the chat knows — not the FAQ's word to a stranger that we can't say
 * which email an account uses. A guest still gets that word. Pure.
 */
import type { TurnView } from "./view.ts";

/** The FAQ entry about which email an account uses. */
const WHICH_EMAIL = "which_email";

/** "The email I used for my old account": another account than the one signed in. */
const ANOTHER_ACCOUNT =
  /\b(?:old|other|another|previous|second|different|former|first|husband'?s|wife'?s)\s+(?:\w+\s+)?accounts?\b/i;

/** The answer to a signed-in customer asking their account's email, or null. */
export function ownEmailParagraphs(v: TurnView, entryId: string): string[] | null {
  const email = v.context?.customer?.email;
  if (entryId !== WHICH_EMAIL || v.guest || !email || ANOTHER_ACCOUNT.test(v.text)) return null;
  return [
    `Your account's email address is ${email} — the one you're signed in with here, and the ` +
    "one our order emails go to.",
    "You can change it under Account → Profile.",
  ];
}
