/**
 * A change wanted only if a parcel is late: "if my keyboard doesn't arrive by friday I want a
 * refund", "if the headphones aren't here by thursday just refund them", "refund me unless it
 * can come tomorrow". The condition is about a day still to come, so nothing is done now: the
 * order's estimate is weighed against that day and what the store does if it passes is said.
 * Pure; `now` is passed in.
 */
import { deadlineDay, WHEN } from "./needed_by.ts";

/** What must not have happened by the day: arrive, come, show up, be here, be delivered. */
const ARRIVE = String
  .raw`(?:arrive|come|show up|turn up|get here|get to me|be here|here|delivered|make it|reach me)`;

/** "If it doesn't arrive by friday", "if the headphones aren't here by thursday". */
const IF_NOT = new RegExp(
  String
    .raw`\bif\b[^.?!,]{0,40}?\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|hasn'?t|has not|haven'?t|have not|won'?t|will not|never|not|still hasn'?t|still isn'?t)\s+(?:been\s+|yet\s+)?${ARRIVE}\b[^.?!,]{0,20}?\b(?:by|before|on|until|within|in)\s+(${WHEN})\b`,
  "i",
);

/** "Unless it can come tomorrow", "unless they arrive by the weekend". */
const UNLESS = new RegExp(
  String
    .raw`\bunless\b[^.?!,]{0,40}?\b(?:arrives?|comes?|can (?:come|arrive|get here|be here)|gets? here|is here|are here|shows up|will (?:arrive|come|be here))\b[^.?!,]{0,20}?\b(?:by\s+|before\s+|on\s+)?(${WHEN})\b`,
  "i",
);

/** The day a change waits on, when the message makes one wait on an arrival; else null. */
export function arrivalCondition(text: string, now: Date): { words: string; by: Date } | null {
  const m = IF_NOT.exec(text) ?? UNLESS.exec(text);
  if (!m) return null;
  const by = deadlineDay(m[1], now);
  return by ? { words: m[1], by } : null;
}
