/**
 * Answers about the assistant itself (`domain/assistant_asked.ts`): "are you a bot?" is told
 * plainly that this is the store's automated assistant and how to reach a person; "what can
 * you do?" (and "what are my options?" with nothing talked of yet) gets what it can do, not
 * "Sure — what can I do for you next?". With a person already on the way, the answer says
 * so rather than offering one.
 */
import { asksOptions, assistantAsked } from "../../domain/assistant_asked.ts";
import { type Draft, draft, type TurnView } from "./view.ts";

/** What the assistant can do, in one sentence. */
export const CAN_DO =
  "I can tell you where an order is and what the carrier says, cancel or change an order " +
  "before it ships (items, delivery address, faster shipping), arrange returns, refunds and " +
  "replacements, send invoices, and answer questions about shipping, payment, products and " +
  "your account.";

/** How changes are made: nothing before a clear yes. */
const ASKS_FIRST =
  "Before I change anything, I'll tell you exactly what I'll do and wait for your yes.";

function personLine(v: TurnView): string {
  return v.openHandoff
    ? "A member of our team is already on the way and will reply right here."
    : "If you'd rather talk to a person, just say so and I'll pass you to our team.";
}

function greeting(v: TurnView): string | null {
  if (!v.firstTurn) return null;
  return v.name ? `Hi ${v.name}!` : "Hi!";
}

/** The reply to a question about the assistant, or null when the turn asks none. */
export function aboutMe(v: TurnView): Draft | null {
  const asked = assistantAsked(v.text) ??
    (asksOptions(v.text) && !v.pending ? "what_you_do" : null);
  if (!asked) return null;
  const signIn = v.guest
    ? "For anything about your own orders, sign in or tell me the email you ordered with."
    : null;
  if (asked === "what_you_are") {
    return draft("about_assistant", "friendly", [
      greeting(v),
      "I'm the store's virtual assistant — an automated helper, not a person.",
      CAN_DO,
      personLine(v),
    ]);
  }
  // "Can u help me", "i need help": yes, and one short question for what — not a list of
  // everything the assistant does (that answers "what can you do?").
  const help = /\bhelp\b/i.test(v.text) && !/\b(?:what|how)\b/i.test(v.text);
  if (help && !v.openHandoff) {
    return draft("help_asked", "friendly", [
      greeting(v),
      "Of course — happy to help. What do you need a hand with?",
      v.guest
        ? "If it's about an order (where an order is, a return, a refund or a change), tell me " +
          "the email you ordered with and what's happened."
        : "If it's about an order (where an order is, a return, a refund or a change), tell me " +
          "which one (or what was in it) and what's happened.",
    ]);
  }
  return draft("about_capabilities", "friendly", [
    greeting(v),
    CAN_DO,
    ASKS_FIRST,
    signIn,
    v.openHandoff ? personLine(v) : "What would you like to start with?",
  ]);
}
