/**
 * The change a finished turn leaves waiting for the customer's yes: the one it proposed,
 * or the one it asked about again because the reply was not a clear yes or no.
 */
import type { Message, PendingAction } from "./protocol.ts";

/** The pending change the customer can answer after this turn, or null. */
export function pendingAfterTurn(msg: Message): PendingAction | null {
  const p = msg.payload;
  if (p.execution?.pending) return p.execution.pending;
  const still = msg.session.pending_action;
  const reading = p.intent?.confirmation;
  // A yes or a no settled it; any other reply left it in the session as it was.
  if (!still || (reading !== "unclear" && reading !== "new_request")) return null;
  return Date.parse(still.expires_at) > Date.parse(msg.created_at) ? still : null;
}
