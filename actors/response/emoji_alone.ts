/**
 * A conversation opened with an emoji and nothing else ("🙏", "❤️", "🙌"): read as thanks, it
 * was answered "Happy to help, Emma!" when nothing had been done yet. On the first turn it is
 * a hello: greeted, and asked what we can do. (Later, after an answer, it thanks as before.)
 * Pure.
 */
import { type Draft, draft, say, type TurnView } from "./view.ts";

/** The reply to an emoji alone opening the conversation, or null for anything else. */
export function emojiOpening(v: TurnView): Draft | null {
  if (
    !v.firstTurn || v.pending || /[\p{L}\p{N}]/u.test(v.text) ||
    !/\p{Extended_Pictographic}/u.test(v.text)
  ) {
    return null;
  }
  const name = v.name ? ` ${v.name}` : "";
  return draft("small_talk_emoji", "friendly", [
    say(v, "emoji-hi", [
      `Hi${name}! What can I do for you today? I can check an order, arrange a return or refund, or answer questions about shipping and payment.`,
      `Hello${name}! How can I help you today?`,
    ]),
  ]);
}
