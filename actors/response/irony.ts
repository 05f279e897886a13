/**
 * The reply to praise said in irony with nothing else in it ("Best. Service. Ever. 🙄", "love
 * being ignored, really great customer service"): read as small talk, it was greeted ("Hello,
 * Sarah! What can I do for you today?") or asked "what can I do for you next?", as if the
 * customer were pleased. It is displeasure: owned, and two ways on — tell us what went wrong,
 * or a person. (Thanks in irony keeps its own reply.) Pure.
 */
import { saysThanks } from "./closing.ts";
import { type Draft, draft, type TurnView } from "./view.ts";

/** The reply to praise in irony, or null when the turn is none. */
export function ironyReply(v: TurnView): Draft | null {
  const s = v.sentiment;
  if (v.pending || !s?.signals?.includes("irony") || s.label !== "negative") return null;
  if (saysThanks(v.text)) return null;
  const name = v.name ? `, ${v.name}` : "";
  const sorry = v.firstTurn
    ? `I'm sorry${name} — it sounds like we've let you down. Tell me what happened, and with ` +
      "which order, and I'll look into it straight away"
    : `I'm sorry${name} — I know that isn't what you wanted to hear. Tell me what would help ` +
      "and I'll do what I can";
  return draft("small_talk_irony", "apologetic", [
    `${sorry}; or, if you'd rather, I can pass you to a member of our team.`,
  ]);
}
