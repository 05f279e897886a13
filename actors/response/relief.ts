/**
 * The reply to relief told ("phew, just saw the mixer got delivered, all good, ignore my
 * email", "panic over, it turned up"): glad with them, thanks answered, nothing to apologise
 * for and nobody to bring in — and a person on the way is told they are still coming. Pure.
 */
import { reliefTold } from "../../domain/relief.ts";
import { saysThanks } from "./closing.ts";
import { type Draft, draft, say, type TurnView } from "./view.ts";

/** The reply to relief, or null when the message tells none. */
export function reliefReply(v: TurnView): Draft | null {
  if (v.pending || !reliefTold(v.text)) return null;
  const name = v.name ? `, ${v.name}` : "";
  return draft("small_talk_relief", "friendly", [
    say(v, "relief", [
      `That's good news${name} — I'm glad it's sorted!`,
      `Glad to hear it${name}!`,
    ]),
    saysThanks(v.text) ? "Happy I could help." : null,
    v.openHandoff
      ? "A member of our team is still on the way; if you no longer need them, just say never mind."
      : "If anything else comes up, just let me know.",
  ]);
}
