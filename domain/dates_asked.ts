/**
 * Questions about an order's own dates in shoppers' words: "when did I order the espresso
 * machine?" (placed), "how long has my keyboard been in transit?" (on its way since it
 * shipped), "how many days do I have left to return it?", "has it been more than 30 days since
 * it arrived?", "can I still return it, I got it 25 days ago?" (counted from the delivery),
 * and the days the shopper says themselves ("I got it 25 days ago", "it's been three weeks")
 * to be weighed against the store's records. Read by the intent actor, the decision router
 * and the response actor. Pure.
 */
import type { Message } from "../shared/protocol.ts";
import { CARDINALS } from "./numbers.ts";

/** Which of an order's dates is asked about. */
export type DatesAsked = "placed" | "in_transit" | "since_delivery" | "return_left";

const I = String.raw`(?:i|we)`;
const ORDERED = String
  .raw`(?:order(?:ed)?|place[d]?|buy|bought|purchase[d]?|make|made|put (?:it )?in)`;
const IT = String.raw`(?:it|they|them|that|this|the|my|order|ord-?\s?\d+|\d{4})`;

const ASKED: readonly [DatesAsked, RegExp][] = [
  // "How many days do I have left to return it?", "what's the last day I can send it back".
  [
    "return_left",
    new RegExp(
      String
        .raw`\b(?:how (?:many days|long|much time)\b[^.?!]{0,30}\b(?:left|remaining|still|have|got)\b[^.?!]{0,30}\b(?:return|send\b[^.?!]{0,20}\bback)|(?:last|final) day\b[^.?!]{0,30}\b(?:return|send\b[^.?!]{0,20}\bback)|(?:still|yet) (?:with)?in (?:the )?(?:return )?(?:window|time|30 days)|too late to (?:return|send\b[^.?!]{0,20}\bback)|(?:when|until when)\b[^.?!]{0,20}\breturn window\b)`,
      "i",
    ),
  ],
  // "Has it been more than 30 days since it arrived?", "how long since it was delivered".
  [
    "since_delivery",
    new RegExp(
      String
        .raw`\b(?:(?:has it|have they|it'?s|is it) been (?:more|over|less|under|fewer) than \w+ (?:days|weeks)|how (?:long|many days)(?: has it been)?(?: since| ago)?)\b[^.?!]{0,40}\b(?:arrived|delivered|came|got (?:it|them|here)|received|showed up)\b`,
      "i",
    ),
  ],
  // "How long has it been in transit?", "how long ago did it ship", "how many days on its way".
  [
    "in_transit",
    new RegExp(
      String
        .raw`\bhow (?:long|many days)\b(?:[^.?!]{0,40}\b(?:been|sitting|stuck)\s+(?:in transit|on (?:its|their|the) way|in the (?:post|mail)|with (?:the )?(?:carrier|courier|ups|fedex|dhl|usps))|\s+ago\b[^.?!]{0,30}\b(?:ship(?:ped)?|sent|dispatch(?:ed)?|leave|left)\b|[^.?!]{0,30}\bsince\b[^.?!]{0,20}\b(?:shipped|was sent|were sent|left|dispatched))`,
      "i",
    ),
  ],
  // "When did I order the keyboard?", "what day did i place 1001", "when was it ordered".
  [
    "placed",
    new RegExp(
      String
        .raw`\b(?:(?:when|what (?:day|date)|which (?:day|date)|how long ago)\b[^.?!]{0,30}\b(?:did|do|have|had)\s+${I}\s+(?:first\s+)?${ORDERED}\b|(?:when|what (?:day|date))\s+(?:was|were)\s+${IT}\b[^.?!]{0,30}\b(?:ordered|placed|bought|purchased|made)\b|\bwhen\s+(?:my|the|that|this)\b[^.?!]{0,30}\b(?:was|were)\s+(?:ordered|placed|bought|purchased|made)\b)`,
      "i",
    ),
  ],
];

/** The date of their order the message asks about, or null. */
export function datesAsked(text: string): DatesAsked | null {
  if (text.length > 260) return null;
  for (const [kind, re] of ASKED) if (re.test(text)) return kind;
  return null;
}

const COUNT = String
  .raw`(\d{1,3}|a couple of|a few|couple|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
/** "I got it 25 days ago", "it came like 3 weeks ago", "delivered a month ago". */
const GOT_AGO = new RegExp(
  String
    .raw`\b(?:got|received|recieved|came|arrived|delivered|had)\b[^.?!]{0,30}?\b(?:like |about |around |almost |nearly |over |more than )?${COUNT} (day|week|month)s? ago\b`,
  "i",
);

/** The days ago the shopper says the goods came, or null when they say none. */
export function saidDeliveredDaysAgo(text: string): number | null {
  return saidDelivered(text)?.days ?? null;
}

/** The same, with the shopper's own words for it ("3 weeks ago"). */
export function saidDelivered(text: string): { days: number; words: string } | null {
  const m = GOT_AGO.exec(text);
  if (!m) return null;
  const tail = new RegExp(`${COUNT} (?:day|week|month)s? ago$`, "i").exec(m[0]);
  return { days: days(m[1], m[2]), words: tail ? tail[0] : m[0] };
}

function days(n: string, unit: string): number {
  const w = n.toLowerCase();
  const k = /^\d+$/.test(w)
    ? +w
    : /couple/.test(w)
    ? 2
    : /few/.test(w)
    ? 3
    : w === "a" || w === "an"
    ? 1
    : w === "fifteen"
    ? 15
    : w === "twenty"
    ? 20
    : (CARDINALS as Record<string, number>)[w] ?? 1;
  return unit.toLowerCase() === "week" ? 7 * k : unit.toLowerCase() === "month" ? 30 * k : k;
}

/** "3 days", "1 day", "today" for a span of whole days. */
export function spanWords(n: number): string {
  return n <= 0 ? "today" : n === 1 ? "1 day" : `${n} days`;
}

/** "3 days ago", "yesterday", "today". */
export function agoWords(n: number): string {
  return n <= 0 ? "today" : n === 1 ? "yesterday" : `${n} days ago`;
}

/**
 * A question about an order's dates asked calmly ("has it been more than 30 days since it
 * arrived?"): its count of days reads as waiting to the sentiment model, but nothing has gone
 * wrong that a person should take over; the dates answer it.
 */
export function calmDatesQuestion(msg: Message): boolean {
  const s = msg.payload.sentiment;
  if (!datesAsked(msg.payload.customer_message.text)) return false;
  return !s || (s.score > -0.5 && !s.signals.some((x) => x === "caps" || x === "exclamation"));
}

/**
 * "It's been three weeks!!", "waited 2 weeks for this", "ordered it over a month ago and
 * nothing": how long the shopper says they have waited since ordering, in days, or null.
 */
export function saidWaitingDays(text: string): number | null {
  const m = WAITING.exec(text);
  return m ? days(m[1], m[2]) : null;
}

const WAITING = new RegExp(
  String
    .raw`\b(?:it'?s been|its been|been waiting(?: for)?|waited(?: for)?|waiting(?: for)?|ordered (?:it |this |them )?(?:over |more than )?)\s*(?:over |more than |almost |nearly |like )?${COUNT} (day|week|month)s?\b`,
  "i",
);
