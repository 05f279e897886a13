/**
 * "I'm away from Thursday to Sunday, can you hold it?", "we're on holiday between the 12th and
 * the 20th", "I won't be home until Monday": the days nobody is in to take a parcel, read
 * against the turn's clock (`deadlineDay` of `needed_by.ts` for each end). Pure.
 */
import { deadlineDay, WHEN } from "./needed_by.ts";

/** Being away, in shoppers' words. */
const AWAY = String
  .raw`(?:away|out of town|out of the country|on (?:holiday|vacation|a trip|leave)|travel+ing|not (?:at )?home|not be (?:at )?home|won'?t be (?:at )?home|won'?t be (?:here|around|in)|not be (?:here|around|in))`;
/** "Away from thursday to sunday", "away thursday-sunday", "away between the 12th and 20th". */
const SPAN = new RegExp(
  String
    .raw`\b${AWAY}\b[^.?!]{0,20}?\b(?:from\s+|between\s+)?(${WHEN})\s*(?:to|till|til|until|through|thru|and|-|–)\s*(${WHEN})\b`,
  "i",
);
/** "Away until monday", "not home till the 14th". */
const UNTIL = new RegExp(
  String.raw`\b${AWAY}\b[^.?!]{0,20}?\b(?:until|till|til|through)\s+(${WHEN})\b`,
  "i",
);

/** The first and last day away (UTC day starts and ends), or null when none is said. */
export function awayDays(text: string, now: Date): { from: Date; to: Date } | null {
  const span = SPAN.exec(text);
  if (span) {
    const to = deadlineDay(span[2], now);
    const end = deadlineDay(span[1], now);
    if (!to || !end) return null;
    const from = new Date(end.getTime() - 86_399_999);
    return from <= to ? { from, to } : null;
  }
  const until = UNTIL.exec(text);
  if (!until) return null;
  const to = deadlineDay(until[1], now);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return to ? { from: today, to } : null;
}
