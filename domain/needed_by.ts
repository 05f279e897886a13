/**
 * "I need the headphones by Friday, it's a gift", "will it be here before Thursday?", "can
 * it arrive in time for Christmas?": a day the goods are needed by. The reply weighs the
 * order's delivery estimate against it — in time, or a faster speed proposed, or (a lost
 * parcel) the replacement. Pure; `now` is passed in.
 */
import { MONTHS } from "./format.ts";
import { asksDeliveryDay } from "./delivery_day.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A span of days from now: "a week", "3 days", "two weeks". */
const SPAN = String.raw`(?:a|one|two|three|four|five|six|seven|\d{1,2}) (?:days?|weeks?)`;
/** The day words a deadline is given in, as a pattern (read by `arrival_condition.ts` too). */
export const WHEN = String
  .raw`(?:${SPAN}|(?:this |next |on )?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow|tomorow|tommorow|tommorrow|tomorrw|2moro|tmrw|tmr|(?:this |the |next )?weekend|(?:this|next) week|the end of (?:the|this) week|christmas(?: eve| day)?|xmas|new year'?s?(?: eve)?|the \d{1,2}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)`;

/** Needed by a day: "need it by friday", "arrive before thursday", "here in time for xmas". */
const NEEDED = new RegExp(
  String
    .raw`\b(?:need(?:s|ed)?|want(?:s|ed)?|have to have|must have|arrive|arriving|be (?:here|there|delivered)|get (?:here|there|to me)|come|reach (?:me|us)|deliver(?:ed)?|make it|in time)\b[^.?!]{0,40}?\b(by|before|for|until|no later than|within|in)\s+(${WHEN})\b`,
  "i",
);

/**
 * The day said first, the question after: "they're for my sister's birthday on friday, will
 * they make it?", "it's a gift for sunday — can it be here in time?".
 */
const DAY_THEN_ASKED = new RegExp(
  String
    .raw`\b(on|for|by|before)\s+(${WHEN})\b[^?!]{0,60}?\b(?:will|would|can|could|is|are|do|does)\b[^?!]{0,25}?\b(?:make it|arrive|be (?:here|there|delivered)|get (?:here|there|to me)|come|in time)\b`,
  "i",
);

/** "Can it arrive on saturday?", "will it come this week?": the day asked, with no "by". */
const ON_DAY = new RegExp(
  String
    .raw`\b(?:can|could|will|would|is|does|do|should)\b[^.?!]{0,30}?\b(?:arrive|arriving|be (?:here|there|delivered|with me)|get (?:here|there|to me)|come|reach (?:me|us)|deliver(?:ed)?)\b[^.?!]{0,15}?\b()((?:on |this |next )(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day|week(?:end)?))\b`,
  "i",
);

/** Terse: "headphones by tomorrow possible?", "shoes before friday??". */
const TERSE = new RegExp(
  String
    .raw`^\s*(?:(?:my|the)\s+)?[a-z][a-z' -]{1,30}?\s+(by|before)\s+(${WHEN})\s*(?:possible|doable|poss|\?)`,
  "i",
);

/** The day of week index a word names, or -1. */
function weekdayOf(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return WEEKDAYS.findIndex((d) => d.startsWith(w));
}

/** The end of the UTC day `days` after `now`'s. */
function endOfDay(now: Date, days: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return new Date(d.getTime() + 86_399_999);
}

/** The next date (today or later) of a month and day. */
function nextDate(now: Date, month: number, day: number): Date | null {
  if (day < 1 || day > 31) return null;
  let d = new Date(Date.UTC(now.getUTCFullYear(), month, day));
  if (d.getTime() + 86_399_999 < now.getTime()) {
    d = new Date(Date.UTC(now.getUTCFullYear() + 1, month, day));
  }
  return new Date(d.getTime() + 86_399_999);
}

/** The end of the day a deadline's words name, on or after `now`, or null when unclear. */
export function deadlineDay(when: string, now: Date): Date | null {
  const w = when.toLowerCase().replace(/^(?:on|this|the) /, "").trim();
  const span = /^(a|one|two|three|four|five|six|seven|\d{1,2}) (day|week)s?$/.exec(w);
  if (span) {
    const words = ["a", "one", "two", "three", "four", "five", "six", "seven"];
    const n = /^\d/.test(span[1]) ? Number(span[1]) : Math.max(1, words.indexOf(span[1]));
    return endOfDay(now, n * (span[2] === "week" ? 7 : 1));
  }
  if (/^(?:tomorrow|tomorow|tommorow|tommorrow|tomorrw|2moro|tmrw|tmr)$/.test(w)) {
    return endOfDay(now, 1);
  }
  if (/weekend$/.test(w)) {
    const ahead = (6 - now.getUTCDay() + 7) % 7;
    return endOfDay(now, ahead + (/^next /.test(w) ? 7 : 0));
  }
  // "This week" runs to Sunday; "the end of the week" is its Friday; "next week" a week on.
  if (/week$/.test(w)) {
    const end = /end of/.test(w) ? 5 : 7;
    const ahead = (end - now.getUTCDay() + 7) % 7;
    return endOfDay(now, ahead + (/^next /.test(w) ? 7 : 0));
  }
  if (/^(?:christmas|xmas)(?: day)?$/.test(w)) return nextDate(now, 11, 25);
  if (/^christmas eve$/.test(w)) return nextDate(now, 11, 24);
  if (/^new year/.test(w)) return /eve/.test(w) ? nextDate(now, 11, 31) : nextDate(now, 0, 1);
  const next = /^next /.test(w);
  const day = weekdayOf(w.replace(/^next /, ""));
  if (day >= 0 && /^(?:next )?[a-z]+$/.test(w)) {
    // "By Friday" on a Monday is this week's; said on a Friday, today. "Next Friday": a week on.
    let ahead = (day - now.getUTCDay() + 7) % 7;
    if (next) ahead += 7;
    return endOfDay(now, ahead);
  }
  const nth = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  if (nth) {
    const n = Number(nth[1]);
    const month = n >= now.getUTCDate() ? now.getUTCMonth() : (now.getUTCMonth() + 1) % 12;
    const year = now.getUTCFullYear() + (month < now.getUTCMonth() ? 1 : 0);
    return new Date(Date.UTC(year, month, n) + 86_399_999);
  }
  const md = /^([a-z]+) (\d{1,2})/.exec(w) ?? /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)/.exec(w);
  if (md) {
    const [name, n] = /^\d/.test(md[1]) ? [md[2], md[1]] : [md[1], md[2]];
    const month = MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.slice(0, 3)));
    return month < 0 ? null : nextDate(now, month, Number(n));
  }
  return null;
}

/** The day the goods are needed by, as the message says it, or null when it names none. */
export function neededBy(
  text: string,
  now: Date,
): { words: string; by: Date; needed: boolean } | null {
  // "Can you deliver it on saturday instead" books a day: the carrier's to set (`delivery_day.ts`).
  const m = NEEDED.exec(text) ?? DAY_THEN_ASKED.exec(text) ??
    (asksDeliveryDay(text) ? null : ON_DAY.exec(text)) ??
    (text.length <= 60 ? TERSE.exec(text) : null);
  // "Cancel it before friday" gives a change its day; "…will they arrive in time? if not I'd
  // rather cancel" asks the arrival, the change after it is only a maybe.
  if (!m || OTHER_CHANGE.test(sentenceOf(text, m.index, m[0].length))) return null;
  let by = deadlineDay(m[2], now);
  // "Before the weekend": by the Friday before it.
  if (by && m[1].toLowerCase() === "before" && /weekend$/i.test(m[2])) {
    by = new Date(by.getTime() - 86_400_000);
  }
  // "I need it by…" states a need; "will it arrive by…?" asks where the order stands.
  return by ? { words: m[2], by, needed: NEED_WORD.test(m[0]) } : null;
}

/** Words of a need, beside the arrival verbs of a question. */
const NEED_WORD =
  /\b(?:need(?:s|ed)?|want(?:s|ed)?|have to have|must have)\b(?!\s+to\s+(?:know|check|ask|find out|see))|\bin time\b/i;

/** A change with a day of its own ("return it by friday", "cancel before friday"): no arrival. */
const OTHER_CHANGE = /\b(?:return|cancel|refund|exchange|pay|paid|change|swap)\w*\b/i;

/** The sentence of `text` around the span at `at` of `length` characters. */
function sentenceOf(text: string, at: number, length: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf("."), before.lastIndexOf("?"), before.lastIndexOf("!"));
  const rest = text.slice(at + length).search(/[.?!]/);
  return text.slice(start + 1, rest < 0 ? text.length : at + length + rest);
}
