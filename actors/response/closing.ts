/**
 * Thanks and goodbyes: what a customer says at the end of a conversation, read the same way
 * by the small-talk reply and by the reply while a person is on the way ("thanks, bye"
 * while queued is a goodbye, not another message to tell the queue about).
 */
import { type Draft, draft, say, type TurnView } from "./view.ts";
import { onlyAsksAssistant, withdrawsPerson } from "../../domain/called_off.ts";
import { actionPhrase } from "../../domain/outcomes.ts";
import { onlyGoodbye } from "../../domain/goodbye.ts";

/** "nah all good", "no that's it", "i'm good": nothing more to ask, said at the end. */
export const CLOSING =
  /\b(?:all good|all set|i'?m good|im good|we'?re good|i'?m fine|that'?s it|that'?ll be all|nothing else|no more questions|that'?s everything|think about it|get back to you|decide later|come back later)\b/i;

/** Words of thanks; 🙏 and 🙂 alone say thanks as much as "thx" does. */
export function saysThanks(text: string): boolean {
  // "ty" is a word of its own: "ugh typical" and "what type" thank nobody.
  return /\b(?:thank|thx|thnx|thanx|appreciate)/i.test(text) ||
    /\b(?:ty|tysm|tyvm|ta|cheers)\b/i.test(text) ||
    /^\s*(?:🙏|😊|🙂|☺️?|❤️?|👌)+\s*$/u.test(text);
}

/** Words of goodbye, or of having nothing more to ask. */
export function saysBye(text: string): boolean {
  return /\b(bye|goodbye|see you|see ya|cya|ttyl|gtg|g2g|gotta go|got to go|peace out|laters|that'?s all|have a (nice|good|great))/i
    .test(text) ||
    CLOSING.test(text);
}

/**
 * A thank-you or goodbye while a person is on the way: no queue report again, only that
 * their place is kept and the reply will come here; null when the turn is no such closing
 * (small talk without thanks or goodbye, a question, an upset message).
 */
export function queuedClosing(v: TurnView): Draft | null {
  if (!v.openHandoff) return null;
  // "Can you fix it?" while a person the store brought in is on the way (the handoff stays:
  // `actors/decision_router/withdrawal.ts`): what the person can do that the assistant cannot.
  if (!v.withdrawal && onlyAsksAssistant(v.text)) {
    const place = v.queuePlace ? ` You're number ${v.queuePlace} in the queue.` : "";
    const records = v.lastIntent === "payment_issue"
      ? ", such as the payment provider's records,"
      : "";
    return draft("handoff_queued_needs_person", "neutral", [
      "I'd like to, but this one needs a member of our team: they can look into what I can't " +
      `from here${records} and put it right. They have our whole conversation, so you won't ` +
      `need to explain anything again.${place}`,
    ]);
  }
  // "I don't need a refund, I need a person" asks for one: no "glad you're sorted".
  if (withdrawsPerson(v.text, { pendingChange: false }) && !/\?/.test(v.text)) {
    // Reached when the handoff was not withdrawn this turn: the colleague reads this first.
    const name = v.name ? `, ${v.name}` : "";
    return draft("handoff_queued_called_off", "friendly", [
      `Glad you're sorted${name}.`,
      "I've added that to your conversation, so the colleague who picks it up sees that you " +
      "don't need them any more. If anything else comes up, just ask me here.",
    ]);
  }
  if (v.intent !== "small_talk") return null;
  // "No it's fine, bye": the "no" reads negative, but a goodbye alone is no upset.
  if ((v.sentiment?.label === "negative" && !onlyGoodbye(v.text)) || /\?/.test(v.text)) return null;
  const thanks = saysThanks(v.text);
  const bye = saysBye(v.text);
  if (!thanks && !bye) return null;
  const name = v.name ? `, ${v.name}` : "";
  const head = thanks ? `You're welcome${name}.` : `Thanks for waiting${name}.`;
  const rest = bye
    ? "Your place in the queue is kept: a member of our team will reply in this conversation."
    : say(v, "queued-thanks", [
      "You keep your place in the queue, and a member of our team will reply right here.",
      "A member of our team is still on the way, and their reply will appear right here.",
    ]);
  return draft("handoff_queued_closing", "friendly", [head, rest]);
}

/**
 * "Fine bye" while a change waits for a yes: a goodbye, said back, with the change left
 * undone and still theirs to ask for — not "I'm not sure whether that's a yes or a no"; null
 * for anything but a goodbye (a thank-you alone may still be meant as a yes, and is asked).
 */
export function goodbyeWhilePending(v: TurnView): Draft | null {
  if (!v.pending || !saysBye(v.text) || /\?/.test(v.text)) return null;
  const name = v.name ? `, ${v.name}` : "";
  const what = v.pending.summary
    ? v.pending.summary.charAt(0).toLowerCase() + v.pending.summary.slice(1)
    : actionPhrase(v.pending.action.type, v.pending.action.order_id);
  return draft("pending_goodbye", "friendly", [
    `No problem${name} — I haven't changed anything.`,
    `If you'd still like me to ${what}, just come back and say yes. Take care!`,
  ]);
}

/**
 * "Thanks!" while a change waits for a yes: thanked, and told once that nothing is done yet
 * and what a yes would do — a thank-you is no yes, and no unclear answer to be asked again.
 * Said again right after, only that it stays on hold (no nagging). Null for anything but
 * plain thanks (a question, irony, a goodbye — which `goodbyeWhilePending` answers).
 */
export function thanksWhilePending(v: TurnView): Draft | null {
  if (!v.pending || !saysThanks(v.text) || /\?/.test(v.text)) return null;
  if (v.sentiment?.label === "negative") return null;
  const name = v.name ? `, ${v.name}` : "";
  const what = v.pending.summary
    ? v.pending.summary.charAt(0).toLowerCase() + v.pending.summary.slice(1)
    : actionPhrase(v.pending.action.type, v.pending.action.order_id);
  if (v.lastIntent === "small_talk") {
    return draft("pending_thanks_again", "friendly", [
      `You're welcome${name}!`,
      "Nothing has changed — just say yes whenever you'd like me to go ahead.",
    ]);
  }
  return draft("pending_thanks", "friendly", [
    `You're welcome${name}!`,
    `Just so you know, I haven't done anything yet: if you'd like me to ${what}, say yes, ` +
    "or no to leave it as it is.",
  ]);
}
