/**
 * A call back asked for in shoppers' words — "can someone call me? 555-0134", "call me
 * tomorrow after 3pm on 07700 900123", "could someone phone me on Monday morning?" — and what
 * it gives: the number to call (or the one on their account), and the day and time, read
 * against the turn's clock. Times are the store's (UTC), which the reply says. Pure.
 */
import { CALLBACK_MAX_DAYS } from "./policy.ts";

/** What a call back asked for gives. */
export interface CallbackAsked {
  /** The number to call as written, or null. */
  phone: string | null;
  /** "The number on my account", "my usual number": the store's number for them. */
  accountPhone: boolean;
  /** When to call (UTC), or null when no day and time were given (or they cannot be booked). */
  at: Date | null;
  /** The day said in words relative to the turn ("today", "tomorrow", "on Monday"). */
  day: string | null;
  /** Why a time said cannot be booked: it has passed, or lies too far ahead. */
  problem: "past" | "too_far" | null;
  /** A day said without a time, or a time without anything to place it. */
  dayOnly: boolean;
  /** "Asap", "as soon as possible", "right away": the next free slot, no time of theirs. */
  soon: boolean;
}

/** "Asap", "as soon as you can", "right away", "whenever": the next free slot will do. */
const SOON =
  /\b(?:asap|a\.s\.a\.p|as soon as (?:possible|you can|poss)|right (?:away|now)|straight away|immediately|whenever(?: is)?(?: fine| ok| easiest)?|any ?time(?: is fine)?|next free slot|first (?:free|available) slot)\b/i;

const ASKS =
  /\b(?:call(?:ing)?\s+(?:me|us)\b|call\s*-?\s*backs?\b|callback|(?:phone|ring|rang)\s+(?:me|us)\b|give\s+(?:me|us)\s+a\s+(?:call|ring|bell|phone call)\b|(?:a\s+)?(?:phone\s+)?call\s+(?:from\s+(?:someone|somebody|you|your team|a person|an agent))|(?:speak|talk)\s+(?:to\s+(?:someone|somebody|a person|an agent)\s+)?(?:on|over|by)\s+(?:the\s+)?phone)/i;

/**
 * Someone else calling them, or not wanting a call: "the courier called me", "don't call me",
 * "update my number so the driver can call me" (the carrier's call, not ours).
 */
const NOT_ASKED =
  /\b(?:courier|driver|carrier|delivery (?:guy|man|person|driver)|ups|fedex|dhl|usps|postman|he|she|they|someone|somebody|nobody|no one)\s+(?:(?:already|just|never|has|have|had)\s+)*(?:called|phoned|rang|calls|keeps? calling|kept calling|will call|'ll call|didn'?t call|did not call)\b|\b(?:don'?t|do not|never|no need to|stop|not)\s+(?:\w+\s+)?(?:call|phone|ring)\b|\b(?:i|we)\s+(?:\w+\s+)?(?:called|phoned|rang|call|phone)\s+(?:you|your|the)\b|\b(?:courier|driver|carrier|delivery (?:guy|man|person|driver)|ups|fedex|dhl|usps|postman)\s+(?:can|could|will|would|may|might|is able to)\s+(?:call|phone|ring|text|reach)\b/i;

/** "I don't need the callback anymore", "forget the call": the call back asked for, called off. */
const CALLED_OFF =
  /\b(?:don'?t|do not|dont|no longer|won'?t)\s+(?:really\s+)?(?:need|want)\s+(?:(?:the|a|that|my|your)\s+)?(?:call\s*-?\s*back|callback|call|phone call)s?\b|\b(?:forget|cancel|scrap|skip|never ?mind)\s+(?:about\s+)?(?:the|that|my)\s+(?:call\s*-?\s*back|callback|call)\b/i;

/** Whether the message calls off a call back not booked yet (one booked is `aboutBookedCall`'s). */
export function callsOffCallback(text: string): boolean {
  return CALLED_OFF.test(text);
}

/** A phone number: 7 to 15 digits with spaces, dashes, dots or brackets, maybe a "+". */
const PHONE = /(?<![\w-])\+?\(?\d[\d\s().-]{5,}\d(?![\w-])/g;

/** "The number on my account", "my usual number", "same number", "you have it". */
const ACCOUNT_PHONE =
  /\b(?:(?:number|one|phone)\s+(?:on|in)\s+(?:my|the)\s+(?:account|file|profile|records?)|(?:my\s+|the\s+)?(?:usual|same|normal|regular|registered|mobile on file)\s+(?:number|phone|mobile|one)|on file|you (?:already )?have (?:my|it|the number))\b/i;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY =
  /\b(?:on\s+|next\s+|this\s+)?(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i;

/** Parts of a day and the hour they stand for. */
const PARTS: readonly [RegExp, number][] = [
  [/\b(?:noon|midday|lunch ?time)\b/i, 12],
  [/\bmorning\b/i, 10],
  [/\bafternoon\b/i, 14],
  [/\bevening\b/i, 18],
  [/\btonight\b/i, 19],
];

/** Whether the message asks for a call back. */
export function asksForCallback(text: string): boolean {
  return ASKS.test(text) && !NOT_ASKED.test(text) && !CALLED_OFF.test(text);
}

/** The phone number written in `text`, or null. */
export function phoneIn(text: string): string | null {
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0].trim();
    const digits = raw.replace(/\D/g, "").length;
    // "2026-12-08" is a date; an order's or a tracking number's digits are no phone.
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(raw) || digits < 7 || digits > 15) continue;
    return raw;
  }
  return null;
}

/** The hour and minute said ("3pm", "after 3 pm", "10:30", "15:00", "morning"), or null. */
function timeOf(text: string): { h: number; min: number } | null {
  const ampm = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?=\W|$)/i.exec(text);
  if (ampm) {
    const h = Number(ampm[1]) % 12 + (/^p/i.test(ampm[3]) ? 12 : 0);
    const before = /\bbefore\s+$/i.test(text.slice(0, ampm.index));
    return h > 23 ? null : { h: before ? Math.max(h - 1, 0) : h, min: Number(ampm[2] ?? 0) };
  }
  const clock = /(?<![\d.-])([01]?\d|2[0-3]):([0-5]\d)(?![\d])/.exec(text);
  if (clock) return { h: Number(clock[1]), min: Number(clock[2]) };
  for (const [re, h] of PARTS) if (re.test(text)) return { h, min: 0 };
  return null;
}

/** The day said, as days after the turn's day and its words; null when none. */
function dayOf(text: string, now: Date): { add: number; words: string } | null {
  if (/\b(?:the\s+)?day after (?:tomorrow|tmrw|tmr)\b/i.test(text)) {
    return { add: 2, words: `on ${named(WEEKDAYS[(now.getUTCDay() + 2) % 7])}` };
  }
  if (/\b(?:tomorrow|tomorow|tommorow|tmrw|tmr|2moro)\b/i.test(text)) {
    return { add: 1, words: "tomorrow" };
  }
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening)|later today)\b/i.test(text)) {
    return { add: 0, words: "today" };
  }
  const w = WEEKDAY.exec(text);
  if (w) {
    const day = WEEKDAYS.findIndex((d) => d.startsWith(w[1].toLowerCase().slice(0, 3)));
    const add = (day - now.getUTCDay() + 7) % 7 || 7;
    return { add, words: `on ${named(WEEKDAYS[day])}` };
  }
  return null;
}

/**
 * What a call back asked for in `text` gives, read at `now`; what `earlier` messages said
 * for it fills what `text` leaves out (a number or a time given now wins).
 */
export function callbackAsked(text: string, now: Date, earlier = ""): CallbackAsked {
  const own = phoneIn(text);
  const before = phoneIn(earlier);
  // The number's digits are no time ("on 555-0134 at 3pm").
  const rest = own ? text.replace(own, " ") : text;
  const restBefore = before ? earlier.replace(before, " ") : earlier;
  const accountNow = own === null && ACCOUNT_PHONE.test(rest);
  const phone = own ?? (accountNow ? null : before);
  const accountPhone = phone === null && (accountNow || ACCOUNT_PHONE.test(restBefore));
  const time = timeOf(rest) ?? timeOf(restBefore);
  const day = dayOf(rest, now) ?? dayOf(restBefore, now);
  const base = {
    phone,
    accountPhone,
    at: null,
    day: day?.words ?? null,
    problem: null,
    soon: !time && !day && (SOON.test(rest) || SOON.test(restBefore)),
  };
  if (!time) return { ...base, dayOnly: day !== null };
  let add = day?.add ?? 0;
  const at = (n: number) =>
    new Date(Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth(),
      now.getUTCDate() + n,
      time.h,
      time.min,
    ));
  // A time alone is today's while it is still ahead, else tomorrow's.
  if (!day && at(0).getTime() <= now.getTime()) add = 1;
  const when = at(add);
  const words = day?.words ?? (add === 0 ? "today" : "tomorrow");
  if (when.getTime() <= now.getTime()) {
    return { ...base, day: words, problem: "past", dayOnly: false };
  }
  if (when.getTime() > now.getTime() + CALLBACK_MAX_DAYS * 86_400_000) {
    return { ...base, day: words, problem: "too_far", dayOnly: false };
  }
  return { ...base, at: when, day: words, dayOnly: false };
}

function named(day: string): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}

/** "3:00 pm" for an hour and minute in UTC. */
export function clockText(at: Date): string {
  const h = at.getUTCHours();
  const min = String(at.getUTCMinutes()).padStart(2, "0");
  return `${h % 12 === 0 ? 12 : h % 12}:${min} ${h < 12 ? "am" : "pm"}`;
}

/** The call itself named: "the call", "the callback", "you'll ring me", "phone call". */
const THE_CALL =
  /\b(?:the|my|that|this|your)\s+(?:phone\s+)?(?:call(?:\s*-?\s*back)?|callback)\b|\b(?:will|'ll|are|r)\s+(?:you|u|they|someone|your colleague)\s+(?:\w+\s+)?(?:call|ring|phone)\b|\b(?:call|ring|phone)\s+(?:me|us)\b/i;
/** Calling it off: "cancel the call", "don't call me after all", "I don't need the callback". */
const CALL_OFF =
  /\b(?:cancel|call off|scrap|forget|drop|skip|undo|unbook)\b|\b(?:don'?t|do not|no longer|not)\s+(?:\w+\s+)?(?:need|want|call|ring|phone)\b/i;
/** Asking when: "what time will you call?", "when are you calling", "which day". */
const WHEN_ASKED = /\b(?:what time|when|which day|what day|what date)\b/i;

/** What a message says of a call back already booked: calling it off, asking when, or null. */
export function aboutBookedCall(text: string): "call_off" | "when" | null {
  if (!THE_CALL.test(text)) return null;
  if (CALL_OFF.test(text)) return "call_off";
  return WHEN_ASKED.test(text) ? "when" : null;
}
