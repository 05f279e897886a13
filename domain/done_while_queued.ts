/**
 * "Ok just refund it then" while a person is on the way: the change is proposed with the line
 * that the person is still coming, and the yes carries it out — but the "Done — …" the
 * execution wrote said nothing of the person, so the customer could not tell whether the
 * handoff still stood. A change carried out while a handoff is open ends with that line. Pure.
 */
import type { Message } from "../shared/protocol.ts";

/** The line after a change carried out while a person is still on the way. */
export const STILL_COMING_AFTER_DONE =
  "A member of our team is still on the way and will see this too; if you no longer need " +
  "them, just say never mind.";

/** The line to end a carried-out change with while a handoff is open; null otherwise. */
export function doneWhileQueuedLine(msg: Message): string | null {
  const p = msg.payload;
  if (!msg.session.open_handoff || !p.execution?.text) return null;
  if (p.decision?.action === "handoff" || p.decision?.withdraws_handoff) return null;
  // The templates of other languages carry their own lines; an English one would jar.
  if ((p.intent?.language ?? "en") !== "en") return null;
  // A reply that says it already (an answer drafted while queued) needs it once.
  if (/\bstill on the way\b|\bin the queue\b/i.test(p.execution.text)) return null;
  const done = p.execution.results.some((r) => r.status === "done");
  return done ? STILL_COMING_AFTER_DONE : null;
}
