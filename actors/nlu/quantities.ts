/**
 * Quantities of items: "2 of the blue mugs", "three candles", "x2", "quantity to 5",
 * "4 instead of 2". Numbers that belong to other entities (order ids, money, dates) are
 * masked out before this runs; times ("3 days") and ordinals ("3rd") are not quantities.
 */
import { CARDINALS } from "../../domain/numbers.ts";

/** A quantity found in the text. */
export interface FoundQuantity {
  value: number;
  item: string | null;
}

const NUMBER_WORDS: Record<string, number> = {
  ...CARDINALS,
  dozen: 12,
  "a dozen": 12,
  "a pair of": 2,
  "a couple of": 2,
};
const COUNT =
  "(\\d{1,3}|a dozen|a pair of|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)";
/** Words after a number that make it something other than a count of items. */
const NOT_ITEMS = new Set([
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
  "hour",
  "hours",
  "minute",
  "minutes",
  "min",
  "mins",
  "second",
  "seconds",
  "time",
  "times",
  "business",
  "working",
  "am",
  "pm",
  "stars",
  "star",
  "percent",
  "inch",
  "inches",
  "cm",
  "mm",
  "kg",
  "gb",
  "tb",
  "watts",
  "w",
  "year",
  "old",
]);
/** Words that end an item name. */
const STOP = new Set([
  "and",
  "but",
  "or",
  "instead",
  "in",
  "from",
  "to",
  "for",
  "please",
  "pls",
  "with",
  "on",
  "at",
  "because",
  "since",
  "that",
  "which",
  "of",
  "not",
  "i",
  "it",
  "is",
  "are",
  "was",
  "were",
  "if",
  "so",
  "by",
  "as",
  "only",
  "too",
  "my",
  "me",
  "yesterday",
  "today",
  "ago",
  "more",
]);

const AFTER = new RegExp(
  `(?<![\\w#.,/-])${COUNT}(?:x)?\\s+(?:more\\s+|extra\\s+|additional\\s+)?(?:(?:of|x)\\s+)?(?:(?:the|my|those|these|your)\\s+)?([a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*){0,2})?`,
  "gi",
);
const TIMES =
  /(?<![\w])(?:x\s?(\d{1,3})|(\d{1,3})\s?x)\s+(?:the\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})/gi;
const SET_TO =
  /\bquantity\s+(?:of\s+(?:the\s+)?([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})\s+)?to\s+(\d{1,3})\b/gi;

/** A size or colour named before a number in the same clause: the number is not a count. */
const SIZE_BEFORE =
  /\b(?:sizes?|colou?rs?|shades?|widths?)\b(?:(?![.,;!?]|\b(?:and|but|also)\b).)*$/i;

/** Finds item quantities in `text` (with other entities already masked). */
export function extractQuantities(text: string): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  const taken: [number, number][] = [];
  const add = (value: number, item: string | null, start: number, end: number) => {
    if (value < 1 || value > 999 || taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    found.push({ value, item });
  };
  for (const m of text.matchAll(SET_TO)) {
    add(Number(m[2]), m[1] ? itemOf(m[1]) : null, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(TIMES)) {
    add(Number(m[1] ?? m[2]), itemOf(m[3]), m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(AFTER)) {
    // "change the size to 9", "in a size 10", "colour 2": a size or a colour, not a count.
    if (SIZE_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const words = (m[2] ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length > 0 && NOT_ITEMS.has(words[0])) continue;
    if (/^\d+(st|nd|rd|th)$/i.test(m[1])) continue;
    const value = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    // Spelled-out numbers need an item ("one of them" is not a count of anything).
    const item = itemOf(m[2] ?? "");
    if (!/^\d+$/.test(m[1]) && item === null) continue;
    add(value, item, m.index!, m.index! + m[0].length);
  }
  return found;
}

function itemOf(raw: string): string | null {
  const words: string[] = [];
  for (const w of raw.toLowerCase().split(/\s+/)) {
    if (!w || STOP.has(w) || NOT_ITEMS.has(w)) break;
    words.push(w);
  }
  const item = words.join(" ");
  return item === "" || /^(one|ones|them|it|of|each|all)$/.test(item) ? null : item;
}
