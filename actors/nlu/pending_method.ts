/**
 * "Yes but not the express one, overnight", "make it overnight" while a speed-up waits for
 * a yes: the customer corrects the speed. No yes to what was proposed (it was express), and
 * no no either: the speed-up is proposed again at the speed now asked for, for its own yes.
 * Pure.
 */
import type { PendingAction } from "../../shared/protocol.ts";
import { methodAsked } from "../../domain/expedite.ts";

/** The most words a correction of the speed has: longer messages say more. */
const MAX_WORDS = 14;

/** The speed the pending speed-up has (express unless it says otherwise). */
function pendingMethod(pending: PendingAction): string {
  const m = pending.action.params.method;
  return typeof m === "string" ? m : "express";
}

/** True when the text asks the pending speed-up for another speed than proposed. */
export function correctsPendingMethod(text: string, pending: PendingAction | null): boolean {
  if (!pending || !/^expedite_/.test(pending.action.type)) return false;
  if (text.trim().split(/\s+/).length > MAX_WORDS) return false;
  const asked = methodAsked(text);
  return asked !== null && asked !== pendingMethod(pending);
}
