/**
 * Orders named by when they were placed: "the one from last week", "the order I placed 2
 * days ago", "my order from november", "yesterday's order", "what I bought on monday". Each
 * becomes a state reference carrying the days it points at (UTC), read against the turn's
 * clock, never the wall clock: a tight window, and a looser one for when people round ("last
 * week" of an order placed four days ago on a Thursday). Pure.
 */
import type { StateReference } from "../../shared/protocol.ts";
import { CARDINALS } from "../../domain/numbers.ts";

/** A placed-date reference and where it stands in the text. */
export interface PlacedRef {
  ref: StateReference;
  start: number;
  end: number;
}

const DAY = 86_400_000;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const WEEKDAY = "(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)day";
const COUNT =
  "(?:\\d{1,3}|a couple(?: of)?|a few|couple|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

/** The time phrases an order's placing is told by, bare months only after a linking word. */
const TIME =
  `(?:today|this morning|earlier today|last night|yesterday (?:morning|afternoon|evening)|(?:the )?day before yesterday|yesterday|` +
  `${COUNT}\\s+(?:day|week|month)s?\\s+ago|(?:last|this|earlier this)\\s+(?:week|month)|` +
  `(?:last\\s+|on\\s+|this past\\s+)?${WEEKDAY}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|` +
  `(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})`;
const BARE_MONTH =
  `(?:(?:from|in|of|back in|during|placed in|made in)\\s+(?:early\\s+|late\\s+|mid\\s+)?${MONTH})`;
const NOUN = "(?:one|order|purchase|parcel|package|delivery|shipment|stuff|things?)";
const VERB = "(?:placed|made|ordered|did|put in|submitted|bought|purchased|got)";
/** "the one (i placed) (from|on) last week", "my order from november". */
const NAMED = new RegExp(
  `\\b(?:the|my|that|our)\\s+(?:other\\s+)?${NOUN}\\s+(?:(?:that|which)\\s+)?` +
    `(?:(?:i|we)(?:\\s+(?:just|only))?\\s+${VERB}\\s+)?(?:(?:from|on|of|in|placed|made)\\s+)?` +
    `(?:(${TIME})|(${BARE_MONTH}))\\b`,
  "gi",
);
/** "what i ordered yesterday", "i placed an order last week", "last week's order". */
const TOLD = new RegExp(
  `\\b(?:what|everything|the (?:stuff|things?) )?\\s*(?:i|we)\\s+${VERB}(?:\\s+an?\\s+order|\\s+something|(?<!\\bgot)\\s+(?:it|them|this|these))?\\s+` +
    `(?:(?:on|in|from)\\s+)?(?:(${TIME})|(${BARE_MONTH}))\\b|\\b(${TIME})'?s\\s+order\\b`,
  "gi",
);

/** What every time phrase above holds: most messages name no time, and skip the scans. */
const TIME_WORD =
  /day|ago|week|month|morning|night|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** Told without "I": "ordered on friday, where is it", "Bought it last week. Not here yet". */
const BARE_TOLD = new RegExp(
  `(?:^|[.!?;]\\s*)(?:ordered|placed|bought|purchased)\\s+(?:it|them|this|these|something|mine)?\\s*` +
    `(?:(?:on|in|from)\\s+)?(${TIME})\\b`,
  "gi",
);

/** Orders named by when they were placed, read against `now`. */
export function placedRefs(text: string, now: Date): PlacedRef[] {
  const out: PlacedRef[] = [];
  if (!TIME_WORD.test(text)) return out;
  for (const re of [NAMED, TOLD, BARE_TOLD]) {
    for (const m of text.matchAll(re)) {
      const said = m[1] ?? m[2] ?? m[3];
      if (!said) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      const placed = placedWindow(said, now);
      if (!placed) continue;
      out.push({
        ref: { text: m[0].trim(), status: null, negated: false, recency: null, placed },
        start,
        end,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The days a time phrase points at: `from/to`, then a looser `from/to` after a comma. */
export function placedWindow(phrase: string, now: Date): string | null {
  const p = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = (from: number, to: number, slack: number) =>
    `${iso(today + from * DAY)}/${iso(today + to * DAY)},` +
    `${iso(today + (from - slack) * DAY)}/${iso(Math.min(today, today + (to + slack) * DAY))}`;
  if (/today|this morning/.test(p)) return days(0, 0, 1);
  // Late yesterday or the small hours of today, as people count a night.
  if (/last night/.test(p)) return days(-1, 0, 1);
  if (/day before yesterday/.test(p)) return days(-2, -2, 1);
  if (/yesterday/.test(p)) return days(-1, -1, 1);
  const ago = new RegExp(`^(${COUNT}) (day|week|month)s? ago$`).exec(p);
  if (ago) {
    const n = count(ago[1]);
    if (ago[2] === "day") return days(-n, -n, Math.max(1, Math.round(n * 0.3)));
    if (ago[2] === "week") return days(-7 * n - 2, -7 * n + 2, 2 + n);
    return days(-30 * n - 7, -30 * n + 7, 7);
  }
  const weekStart = -((new Date(today).getUTCDay() + 6) % 7); // Monday of this week
  // Last calendar week, but not the last two days ("yesterday" is what those are called).
  if (/^last week$/.test(p)) {
    return weekWindow(today, weekStart - 7, Math.min(weekStart - 1, -2), -13, -3);
  }
  if (/^(earlier )?this week$/.test(p)) return days(weekStart, 0, 1);
  if (/^(last|this|earlier this) month$/.test(p)) {
    const d = new Date(today);
    const back = p.startsWith("last") ? 1 : 0;
    const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1);
    const to = Math.min(today, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back + 1, 0));
    return span(from, to, 7, today);
  }
  const wd = new RegExp(`(${WEEKDAY})$`).exec(p);
  if (wd) {
    const want = WEEKDAYS.indexOf(wd[1].slice(0, 3));
    const back = ((new Date(today).getUTCDay() - want) % 7 + 7) % 7 || 7;
    return days(-back, -back, 1);
  }
  const md = new RegExp(
    `^(${MONTH})\\.? (\\d{1,2})|^(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH})$`,
  )
    .exec(p);
  if (md) {
    const at = pastDay(month(md[1] ?? md[4]), +(md[2] ?? md[3]), today);
    return at === null ? null : span(at, at, 2, today);
  }
  const mo = new RegExp(`(early |late |mid )?(${MONTH})$`).exec(p);
  if (mo) {
    const m = month(mo[2]);
    const d = new Date(today);
    const year = m > d.getUTCMonth() ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
    let from = Date.UTC(year, m, 1);
    let to = Date.UTC(year, m + 1, 0);
    if (mo[1] === "early ") to = Date.UTC(year, m, 10);
    if (mo[1] === "late ") from = Date.UTC(year, m, 20);
    return span(from, Math.min(to, today), 3, today);
  }
  return null;
}

/** Last calendar week, loosened to the days people still call "last week". */
function weekWindow(today: number, from: number, to: number, looseFrom: number, looseTo: number) {
  const a = `${iso(today + from * DAY)}/${iso(today + to * DAY)}`;
  const lf = Math.min(from, looseFrom);
  const lt = Math.max(to, looseTo);
  return `${a},${iso(today + lf * DAY)}/${iso(today + lt * DAY)}`;
}

function span(from: number, to: number, slack: number, today: number): string {
  return `${iso(from)}/${iso(to)},${iso(from - slack * DAY)}/${
    iso(Math.min(today, to + slack * DAY))
  }`;
}

/** That day of the month in the past year: "dec 20" said on Dec 7 is last December's. */
function pastDay(m: number, d: number, today: number): number | null {
  if (d < 1 || d > 31) return null;
  const year = new Date(today).getUTCFullYear();
  const at = Date.UTC(year, m, d);
  return at > today ? Date.UTC(year - 1, m, d) : at;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function count(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return +w;
  if (/couple/.test(w)) return 2;
  if (/few/.test(w)) return 3;
  if (w === "a" || w === "an") return 1;
  return (CARDINALS as Record<string, number>)[w] ?? 1;
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
