/**
 * The change a finished turn leaves waiting for the customer's yes: the one it proposed,
 * or the one it asked about again because the reply was not a clear yes or no — unless a
 * handoff to a person has superseded it.
 */
import type { ActionType, Message, OpenHandoff, PendingAction } from "./protocol.ts";

/**
 * Proposals that a handoff to a person supersedes: each only asks whether to bring a
 * person in (a supervisor's review), and once the conversation is handed over that person
 * has it. Left pending, the proposal would read the customer's next words ("how long",
 * "ok") as an unclear answer to a question that no longer stands — or their "yes" to the
 * wait as a yes to it. Changes to an order (cancel, refund…) are not superseded: the
 * customer asked for them and a later yes still carries them out.
 */
export const SUPERSEDED_BY_HANDOFF: ReadonlySet<ActionType> = new Set<ActionType>([
  "escalate_supervisor",
]);

/** Replies that told the customer the store shows the waiting change made already. */
const MADE_MEANWHILE: ReadonlySet<string> = new Set(["pending_went_through"]);

/**
 * Whether this turn's reply told the customer the waiting change went through after all
 * (the store made it though it did not confirm in time): it waits for no yes any more.
 */
export function toldMadeMeanwhile(msg: Message): boolean {
  const template = msg.payload.response?.template;
  return !!template && MADE_MEANWHILE.has(template);
}

/** Whether an open handoff supersedes the pending change (see `SUPERSEDED_BY_HANDOFF`). */
export function supersededByHandoff(
  pending: PendingAction,
  handoff: Pick<OpenHandoff, "id"> | null | undefined,
): boolean {
  return !!handoff && SUPERSEDED_BY_HANDOFF.has(pending.action.type);
}

/** The pending change the customer can answer after this turn, or null. */
export function pendingAfterTurn(msg: Message): PendingAction | null {
  const p = msg.payload;
  if (p.execution?.pending) return p.execution.pending;
  const still = msg.session.pending_action;
  const reading = p.intent?.confirmation;
  // "Ok" after a change offered softly is only taken in: nothing ran, the change still waits.
  const noted = reading === "affirm" && !p.execution &&
    msg.session.dialogue?.asked?.slot === "offer";
  // A yes or a no settled it; any other reply left it in the session as it was.
  if (!still || (reading !== "unclear" && reading !== "new_request" && !noted)) return null;
  // "Sorry, I meant the other order": the change for the order first named is not wanted.
  if (p.intent?.withdraws_pending) return null;
  // "Sounds good. Also, where is ORD-1001?": the yes carried it out.
  if (p.intent?.confirms_pending) return null;
  // "Did it go through?" answered "it went through after all": nothing is left to say yes to.
  if (toldMadeMeanwhile(msg)) return null;
  const handoff = p.escalation?.handoff ?? msg.session.open_handoff;
  if (supersededByHandoff(still, handoff)) return null;
  return Date.parse(still.expires_at) > Date.parse(msg.created_at) ? still : null;
}
