/**
 * The reply to a call back asked for (`domain/callback_asked.ts`): with a day, a time and a
 * number — given, or the one on their account — the call back is proposed for a yes
 * (`schedule_callback`); without them, the reply asks for what is missing and keeps the
 * words said so far, so "tomorrow at 10am, 206 555 0142" carries the request on. The time
 * is said in UTC, the store's time, so the customer can correct it before agreeing.
 */
import {
  aboutBookedCall,
  asksForCallback,
  callbackAsked,
  callsOffCallback,
  clockText,
} from "../../domain/callback_asked.ts";
import { CALLBACK_MAX_DAYS } from "../../domain/policy.ts";
import { asking, type Draft, draft, propose, type Tone, type TurnView } from "./view.ts";
import { opener } from "./tone.ts";

/** How long the words said for a call back are kept across the turns that ask. */
const KEPT_CHARS = 600;

/** Whether the turn is about a call back the reply answers. */
function aboutCallback(v: TurnView): boolean {
  if (v.guest || v.pending || v.decision?.action !== "act" || !v.canAct) return false;
  // "I don't need the callback anymore, cancel ORD-2002 instead": the rest is the request.
  if (callsOffCallback(v.text)) return false;
  return asksForCallback(v.text) || v.asked?.slot === "callback";
}

/** "Today", "tomorrow" or "on Friday" for a time booked, as seen at `now` (UTC days). */
function dayWords(at: Date, now: Date): string {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const days = Math.round((day(at) - day(now)) / 86_400_000);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return `on ${at.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" })}`;
}

/**
 * "What time will you call?", "actually cancel the call" right after a call back was booked:
 * when it is, or — the store cannot take a booked call off its schedule — a note for the team
 * that it is no longer needed, proposed for a yes. Never an order's cancellation.
 */
function bookedCallReply(v: TurnView, tone: Tone): Draft | null {
  if (v.done?.type !== "schedule_callback" || v.pending || v.guest) return null;
  const about = aboutBookedCall(v.text);
  if (!about) return null;
  const at = v.done.scheduled_for ? new Date(v.done.scheduled_for) : null;
  const when = at && !Number.isNaN(at.getTime())
    ? `${dayWords(at, v.now)} at ${clockText(at)} UTC`
    : null;
  if (about === "when") {
    return draft("callback_when", tone, [
      when
        ? `Your call back is booked for ${when}: a member of our team will call you then.`
        : "Your call back is booked, for the time in my message above.",
    ]);
  }
  if (!v.canAct) return null;
  return draft("callback_call_off", tone, [
    `A call back that's booked can't be taken off the schedule from this chat, but I can leave a note for our team that you no longer need it${
      when ? ` (the call ${when})` : ""
    }.`,
    "Nothing on your orders changes. Shall I leave the note? Reply yes to confirm.",
  ], [
    propose("customer_note", null, {
      text: `Customer no longer needs the call back${
        v.done.scheduled_for ? ` booked for ${v.done.scheduled_for}` : ""
      }: "${v.text.slice(0, 300)}"`,
    }),
  ]);
}

/** The reply to a call back asked for, or null when the turn is about none. */
export function callbackReply(v: TurnView, tone: Tone): Draft | null {
  const booked = bookedCallReply(v, tone);
  if (booked) return booked;
  if (!aboutCallback(v)) return null;
  const before = v.asked?.slot === "callback" ? v.asked.text ?? "" : "";
  // What was said before first: a number or a time given now wins over one given earlier.
  const words = `${before}\n${v.text}`.trim().slice(-KEPT_CHARS);
  const said = callbackAsked(v.text, v.now, before);
  const phone = said.phone;
  const account = said.accountPhone;
  const timed = said;
  const lead = v.firstTurn ? opener(v, tone) : null;
  const to = phone ? ` on ${phone}` : account ? " on the number on your account" : "";
  if (timed.at && (phone || account)) {
    const when = `${timed.day} at ${clockText(timed.at)} UTC`;
    const topic = `Call back asked for in chat: ${words.replace(/\s+/g, " ")}`.slice(0, 480);
    return draft("callback_offer", tone, [
      lead,
      `I can book a call back for you: a member of our team will call you${to} ${when}.`,
      "Shall I book it? Reply yes to confirm, or tell me another time or number.",
    ], [
      propose("schedule_callback", null, {
        ...(phone ? { phone } : {}),
        at: timed.at.toISOString(),
        topic,
      }),
    ]);
  }
  if (timed.soon && (phone || account)) {
    // "Call me asap": the store's next free slot, its time said once booked.
    const topic = `Call back asked for in chat: ${words.replace(/\s+/g, " ")}`.slice(0, 480);
    return draft("callback_offer", tone, [
      lead,
      `I can book a call back for you: a member of our team will call you${to} at the next free slot, usually within a couple of hours.`,
      "Shall I book it? Reply yes to confirm, or tell me a time that suits you better.",
    ], [propose("schedule_callback", null, { ...(phone ? { phone } : {}), topic })]);
  }
  const problem = timed.problem === "past"
    ? `${cap(timed.day ?? "that time")} at that time has already passed.`
    : timed.problem === "too_far"
    ? `We can book calls up to ${CALLBACK_MAX_DAYS} days ahead.`
    : null;
  const needsTime = timed.at === null;
  const needsPhone = !phone && !account;
  // "Call me tomorrow": the day kept, the hour asked.
  const when = timed.dayOnly && timed.day
    ? `what time ${timed.day} suits you`
    : "when suits you — a day and a time (for example, “tomorrow at 3pm”)";
  const ask = needsTime && needsPhone
    ? `Tell me ${when}, and the number to call — or say “the number on my account”.`
    : needsTime
    ? `Tell me ${when}, and we'll call you${to}.`
    : "Which number should we call? Type it here, or say “the number on my account”.";
  return asking(
    draft("callback_ask", tone, [
      lead,
      "Happy to arrange a call back from a member of our team.",
      problem,
      ask,
      needsTime ? "Times are in UTC." : null,
    ]),
    { slot: "callback", intent: "human_agent", order_id: null, text: words },
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
