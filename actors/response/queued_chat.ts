/**
 * Talk about the chat while a person is on the way: "come again?" gets our last reply again,
 * "sorry wrong chat" is let go, "you already told me that" is owned — not the queue's report
 * (which had also said the conversation was made more urgent, for a "sorry" in the words).
 */
import { chatTalk } from "../../domain/chat_talk.ts";
import { type Draft, draft, PARAGRAPH, type TurnView } from "./view.ts";

/** The place kept, and the way to call the person off. */
const PLACE =
  "You keep your place: a member of our team will reply right here. If you no longer need them, just say never mind.";

/** The reply to talk about the chat while queued; null for anything else. */
export function queuedChatTalk(v: TurnView): Draft | null {
  if (!v.openHandoff || v.pending) return null;
  const name = v.name ? `, ${v.name}` : "";
  // (Templates named as courtesies: the reply says itself that the person is still coming.
  // A goodbye has its own reply already: the place kept, in this conversation.)
  switch (chatTalk(v.text)) {
    case "repeat":
      return v.replied
        ? draft("handoff_queued_courtesy_repeat", "friendly", [
          "Of course — here it is again:",
          PARAGRAPH,
          v.replied.replace(/^Of course — here it is again:\s*/, ""),
        ])
        : null;
    case "wrong_chat":
      return draft("handoff_queued_courtesy_wrong_chat", "friendly", [
        `No problem${name} — I'll ignore that one.`,
        PLACE,
      ]);
    case "told_already":
    case "not_asked":
      return draft("handoff_queued_courtesy_sorry", "apologetic", [
        `Sorry${name} — a member of our team is on the way and will see our whole conversation, so you won't need to repeat anything.`,
        PLACE,
      ]);
    default:
      return null;
  }
}
