/**
 * The tone of a reply, from the customer's mood, the intent and their tier, and the
 * sentences that set it: an opener that greets by first name, the confirm prompt.
 */
import type { Tone, TurnView } from "./view.ts";
import { say } from "./view.ts";

/** Tone from sentiment, intent and tier: formal for an unhappy VIP, warm otherwise. */
export function chooseTone(v: TurnView): Tone {
  const s = v.sentiment;
  const complaint = v.intent === "complaint" || (s?.is_complaint ?? false);
  const negative = complaint || s?.label === "negative";
  if (negative && v.tier === "vip") return "formal";
  if (complaint) return "apologetic";
  if (negative) return "empathetic";
  if (s?.label === "positive" || v.intent === "small_talk" || v.intent === "feedback") {
    return "friendly";
  }
  return "neutral";
}

function named(v: TurnView, withName: string, without: string): string {
  return v.name ? withName.replaceAll("{name}", v.name) : without;
}

/** The first sentence of a reply in `tone`, greeting the customer by first name. */
export function opener(v: TurnView, tone: Tone): string {
  switch (tone) {
    case "formal":
      return say(v, "open-formal", [
        named(
          v,
          "Dear {name}, please accept my sincere apologies for the inconvenience.",
          "Please accept my sincere apologies for the inconvenience.",
        ),
        named(
          v,
          "Dear {name}, I sincerely apologise for the trouble this has caused.",
          "I sincerely apologise for the trouble this has caused.",
        ),
      ]);
    case "apologetic":
      return say(v, "open-sorry", [
        named(v, "I'm really sorry about this, {name}.", "I'm really sorry about this."),
        named(
          v,
          "{name}, I'm so sorry — that's not the experience we want you to have.",
          "I'm so sorry — that's not the experience we want you to have.",
        ),
        named(
          v,
          "I apologise, {name} — that shouldn't have happened.",
          "I apologise — that shouldn't have happened.",
        ),
      ]);
    case "empathetic":
      return say(v, "open-empathy", [
        named(v, "I'm sorry to hear that, {name}.", "I'm sorry to hear that."),
        named(
          v,
          "I understand how frustrating this is, {name}.",
          "I understand how frustrating this is.",
        ),
        named(v, "{name}, I'm sorry for the trouble.", "I'm sorry for the trouble."),
      ]);
    case "friendly":
      return say(v, "open-friendly", [
        named(v, "Hi {name}!", "Hi there!"),
        named(v, "Hello {name}!", "Hello!"),
        named(v, "Hey {name}, great to hear from you!", "Hi, great to hear from you!"),
      ]);
    case "neutral":
      return say(v, "open-neutral", [
        named(v, "Hi {name}, thanks for your message.", "Hi, thanks for your message."),
        named(v, "Hello {name}.", "Hello."),
        named(v, "Thanks for reaching out, {name}.", "Thanks for reaching out."),
      ]);
  }
}

/** The question that asks the customer to confirm a proposed change. */
export function confirmPrompt(v: TurnView): string {
  // Without execution on the route a yes would find nothing pending: invite a request instead.
  if (!v.canAct) return "Just tell me if you'd like me to do that.";
  return say(v, "confirm", [
    "Shall I go ahead? Reply yes to confirm.",
    "Would you like me to go ahead? Reply yes to confirm, or no to leave it as it is.",
    "Reply yes to confirm and I'll take care of it, or no to leave things as they are.",
  ]);
}

/** A closing offer of more help. */
export function closer(v: TurnView): string {
  return say(v, "close", [
    "Is there anything else I can help with?",
    "Let me know if there's anything else I can do.",
    "Anything else I can help you with?",
  ]);
}
