/**
 * "Can you do it tomorrow instead?" while a change waits for a yes: the store makes a change
 * when the shopper says yes and sets none to happen on a later day, so it is said plainly,
 * with until when the change stays possible and that a yes then will do it — the change keeps
 * waiting, nothing done (it had been read as a question about shipping speeds and the change
 * dropped). Pure.
 */
import { asksLater } from "../../domain/later_asked.ts";
import { pendingWhat, stillPossible } from "./weighed.ts";
import { type Draft, draft, type TurnView } from "./view.ts";

/** The reply to a change asked for later while it waits, or null. */
export function laterWhilePending(v: TurnView): Draft | null {
  if (!v.pending || !asksLater(v.text)) return null;
  const what = pendingWhat(v);
  return draft("pending_later", "friendly", [
    "I can't set a change to happen on a later day — I make it as soon as you say yes, so " +
    "nothing has been changed yet.",
    stillPossible(v),
    `Whenever you're ready — now or later — just tell me and I'll ${what}.`,
  ]);
}
