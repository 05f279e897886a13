/**
 * A weak yes while a person is on the way. After "I'm passing our conversation to a member
 * of our team…", "ok" acknowledges the handoff as much as it answers the change still
 * waiting at the end of that reply, so it is no consent: the change is asked about again
 * and waits for a clear yes ("yes", "yes cancel it"). Pure.
 */
import type { ConfirmationReading } from "./confirmation.ts";

/** The reading of a reply to a pending change, with a weak yes made unclear while queued. */
export function readWhileQueued(
  reading: ConfirmationReading,
  queued: boolean,
): ConfirmationReading {
  if (!queued || reading.label !== "affirm" || reading.reason !== "ok") return reading;
  return {
    label: "unclear",
    reason: "a weak yes while a person is on the way: it may acknowledge the handoff",
    request: null,
  };
}
