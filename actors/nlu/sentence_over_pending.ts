/**
 * "Oh great, another question. whats the keyboard eta" while a cancellation waits: the
 * reply's question stands in a sentence of its own after a remark, and read whole it was
 * neither a yes nor a no nor a request — "not sure whether that's a yes or a no", the
 * question unanswered. An unclear reading is read again sentence by sentence, from the last;
 * only a request of its own is taken from it (never a yes or a no). Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import {
  type ConfirmationReading,
  readReplyToPending,
  type ScoredRequest,
} from "./confirmation.ts";
import { OWN_REQUEST } from "./own_request.ts";

/** The reading of the reply's last sentence that asks something of its own, or null. */
export function sentenceOverPending(
  read: ConfirmationReading,
  text: string,
  pending: PendingAction["action"],
  classify: (t: string) => ScoredRequest,
): ConfirmationReading | null {
  if (read.label !== "unclear") return null;
  const sentences = text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s !== "");
  if (sentences.length < 2) return null;
  for (const sentence of sentences.reverse()) {
    const again = readReplyToPending(sentence, { pending, classify });
    if (again.label === "new_request" && again.request !== null) {
      return { ...again, reason: OWN_REQUEST };
    }
  }
  return null;
}
