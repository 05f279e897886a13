/**
 * A change of mind inside one message: "cancel ORD-2002... actually wait, no, where is the
 * keyboard". What comes before the turn-back is withdrawn, so only the words after it are
 * read as the request (the first request is not proposed). Pure.
 */

/** "actually no", "wait, no", "scratch that", "never mind that", "on second thought". */
const TURN_BACK =
  /(?:^|[\s,.;:!?…-])(?:actually,?\s*(?:wait,?\s*)?(?:no|nah)|wait,?\s*(?:no|nah)|no,?\s*wait|scratch that|never ?mind(?: that)?|nvm|forget (?:that|it)|on second thoughts?|hold on,?\s*no)\b[\s,.;:!?…-]*/gi;

/**
 * The words after the last turn-back in the middle of `text`, or null when there is none
 * (or nothing of two words or more before and after it).
 */
export function afterTurnBack(text: string): string | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(TURN_BACK)) last = m as RegExpExecArray;
  if (!last) return null;
  const before = text.slice(0, last.index);
  const after = text.slice(last.index + last[0].length).trim();
  const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words(before) < 2 || words(after) < 2) return null;
  return after;
}

/** Words that may close a turn-back without taking it further: "then", "please". */
const CLOSING_WORD = /^(?:then|please|pls|plz|thanks|thx)$/i;

/**
 * True when the message ends in a turn-back after words of its own: "ok do it. actually
 * no.", "yes cancel it — wait, no". The last thought is the no.
 */
export function endsWithTurnBack(text: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(TURN_BACK)) last = m as RegExpExecArray;
  if (!last || last.index === 0) return false;
  // "Yes, no, wait" hesitates rather than takes back: only a plain turn-back counts.
  if (!/actually|never ?mind|nvm|scratch|forget|second thought/i.test(last[0])) return false;
  const after = text.slice(last.index + last[0].length).trim();
  // "Ok forget it then": a word that only closes the thought leaves it a turn-back.
  return (after.match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => CLOSING_WORD.test(w));
}
