/**
 * "No yeah do it", "nah actually go ahead", "no, on second thoughts, cancel it": a no said first,
 * then turned round — the "no yeah" idiom, "actually", "on second thought(s)" — and the change
 * told to go ahead in so many words. The last thought is the answer. Only an instruction to act
 * or the change said again after the turn makes a yes: "no wait actually yes", "nah yeah" alone
 * and "nope go ahead" (no turn between) stay unclear. Pure.
 */

/** The no, and the words that turn it round, at the start of the reply. */
const NO_TURNED =
  /^\s*(?:no+|nah+|nope)[\s,.!…-]+(?:(?:yeah|yea|ya|yes|yep)|actually|on second thoughts?)\b[\s,.!…-]*/i;

/** "Go on", "go for it", "do it": an instruction to act, beside the change's own verbs. */
export const TOLD_TO_ACT = /\b(?:do it|do that|go ahead|go for it|go on|proceed|get it done)\b/i;

/** The words after a no turned round, or null when the reply is no such turn. */
export function afterTurnedNo(text: string): string | null {
  const rest = text.replace(NO_TURNED, "");
  if (rest === text || rest.trim() === "") return null;
  // "No yeah no": turned back again — no yes.
  if (/^\s*(?:no+|nah+|nope|wait|don'?t)\b/i.test(rest)) return null;
  return rest;
}
