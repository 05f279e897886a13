/**
 * Dates in a customer's words, absolute ("March 3rd", "2026-03-03", "3/14") and relative
 * ("yesterday", "3 days ago", "last friday"), resolved to ISO dates (UTC) against a clock.
 */
import { CARDINALS } from "../../domain/numbers.ts";

/** A date found in the text and the day it means. */
export interface FoundDate {
  text: string;
  iso: string;
  /** Where it starts and ends in the text (for masking). */
  start: number;
  end: number;
}

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = "(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?";
const NUMBER_WORDS: Record<string, number> = {
  ...CARDINALS,
  a: 1,
  an: 1,
  couple: 2,
  "a couple of": 2,
  "a few": 3,
  few: 3,
};
const COUNT =
  "(\\d{1,3}|a couple of|a few|couple|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
const UNIT = "(day|week|month|year)s?";

type Resolver = (m: RegExpExecArray, today: Date) => Date | null;

const PATTERNS: [RegExp, Resolver][] = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) => ymd(+m[1], +m[2], +m[3])],
  [
    // Month first (US) unless the first number cannot be a month. Without a year only after
    // a word that introduces a date, so "1/2 price" and "3/4 of the items" stay fractions.
    /(?:\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b)|(?<=\b(?:on|since|from|by|until|till|before|after|dated|placed|ordered|due|the) )(\d{1,2})\/(\d{1,2})\b(?! of\b)/gi,
    (m, today) => {
      const [a, b] = m[1] ? [+m[1], +m[2]] : [+m[4], +m[5]];
      const [month, day] = a > 12 ? [b, a] : [a, b];
      return m[3] ? ymd(fullYear(+m[3]), month, day) : nearestYear(month, day, today);
    },
  ],
  [
    new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, "gi"),
    (m, today) => dayOfMonth(m[1], +m[2], m[3], today),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\\b(?:,? (\\d{4}))?`, "gi"),
    (m, today) => dayOfMonth(m[2], +m[1], m[3], today),
  ],
  [/\b(?:the )?day before yesterday\b/gi, (_m, t) => addDays(t, -2)],
  [/\b(?:the )?day after tomorrow\b/gi, (_m, t) => addDays(t, 2)],
  [/\byesterday\b/gi, (_m, t) => addDays(t, -1)],
  [/\btoday\b|\btonight\b|\bthis morning\b/gi, (_m, t) => t],
  [/\btomorrow\b/gi, (_m, t) => addDays(t, 1)],
  [
    new RegExp(`\\b${COUNT} ${UNIT} ago\\b`, "gi"),
    (m, t) => shift(t, -count(m[1]), m[2]),
  ],
  [
    new RegExp(`\\bin ${COUNT} ${UNIT}\\b`, "gi"),
    (m, t) => shift(t, count(m[1]), m[2]),
  ],
  [/\b(last|next) (week|month|year)\b/gi, (m, t) => shift(t, m[1] === "last" ? -1 : 1, m[2])],
  [
    new RegExp(`\\b(last|next|this past|this coming|past|on|this) ${WEEKDAY}\\b`, "gi"),
    (m, t) => weekday(m[2], /next|coming/i.test(m[1]) ? 1 : -1, t),
  ],
  [
    // A bare "monday" in support talk is nearly always the one just gone. Only full names:
    // "sat", "wed" and "sun" are words too.
    /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    (m, t) => weekday(m[1], -1, t),
  ],
];

/** Finds the dates in `text`, resolved against `now` (UTC days), in order of appearance. */
export function extractDates(text: string, now: Date): FoundDate[] {
  const today = ymd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())!;
  const found: FoundDate[] = [];
  for (const [re, resolve] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const date = resolve(m, today);
      if (date) found.push({ text: m[0], iso: date.toISOString().slice(0, 10), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function ymd(y: number, m: number, d: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? date : null;
}

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function dayOfMonth(month: string, day: number, year: string | undefined, today: Date) {
  const m = monthIndex(month);
  return year ? ymd(+year, m, day) : nearestYear(m, day, today);
}

/** Without a year, a date more than two months ahead means last year's. */
function nearestYear(month: number, day: number, today: Date): Date | null {
  const date = ymd(today.getUTCFullYear(), month, day);
  if (date && date.getTime() - today.getTime() > 61 * 86_400_000) {
    return ymd(today.getUTCFullYear() - 1, month, day);
  }
  return date;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

function count(word: string): number {
  return /^\d+$/.test(word) ? +word : NUMBER_WORDS[word.toLowerCase()] ?? 1;
}

function shift(d: Date, n: number, unit: string): Date {
  const u = unit.toLowerCase();
  if (u.startsWith("day")) return addDays(d, n);
  if (u.startsWith("week")) return addDays(d, 7 * n);
  const months = u.startsWith("month") ? n : 12 * n;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(d.getUTCDate(), last.getUTCDate()));
  return target;
}

/** The given weekday before (`dir` −1) or after (+1) today, never today itself. */
function weekday(name: string, dir: 1 | -1, today: Date): Date {
  const want = DAYS.findIndex((d) => d.startsWith(name.slice(0, 3).toLowerCase()));
  let diff = (want - today.getUTCDay()) * dir;
  diff = ((diff % 7) + 7) % 7 || 7;
  return addDays(today, dir * diff);
}
