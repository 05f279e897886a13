/**
 * "Quick question", "can i ask you something?": one question announced, not asked yet. The
 * reply asks for it in one short line — not a list of what the assistant can do, and never the
 * thanks for kind words the few words were once read as (`domain/opener.ts`).
 */
import { announced } from "../../domain/opener.ts";
import { type Draft, draft, type TurnView } from "./view.ts";

/** The reply to a question announced and not asked yet, or null. */
export function questionAnnounced(v: TurnView): Draft | null {
  if (v.pending || announced(v.text) !== "question") return null;
  const hi = v.firstTurn ? (v.name ? `Hi ${v.name}! ` : "Hi! ") : "";
  return draft("question_announced", "friendly", [
    `${hi}Of course — go ahead, what would you like to know?`,
  ]);
}
