import assert from "node:assert/strict";
import {
  aboutBookedCall,
  asksForCallback,
  callbackAsked,
  callsOffCallback,
  clockText,
  phoneIn,
} from "./callback_asked.ts";

// A Monday, 13:30 UTC.
const NOW = new Date("2026-03-02T13:30:00Z");

Deno.test("a call back is asked in shoppers' words", () => {
  for (
    const t of [
      "can someone call me? 555-0134",
      "call me tomorrow after 3pm on 07700 900123",
      "Could someone phone me on Monday morning?",
      "pls call me back",
      "can i get a callback please",
      "give me a ring this afternoon",
      "I'd rather speak to someone on the phone",
    ]
  ) assert.equal(asksForCallback(t), true, t);
});

Deno.test("someone else calling, or no call wanted, is no call back asked", () => {
  for (
    const t of [
      "the courier called me but I missed it",
      "please don't call me, just email",
      "I called you twice yesterday",
      "where is my order",
      "I want to update the phone number on ORD-1003 so the courier can call me",
      "change my number so the driver will call me when he's outside",
    ]
  ) assert.equal(asksForCallback(t), false, t);
});

Deno.test("a phone number is read; order ids, tracking numbers and dates are not", () => {
  assert.equal(phoneIn("can someone call me? 555-0134"), "555-0134");
  assert.equal(phoneIn("on 07700 900123 after 3pm"), "07700 900123");
  assert.equal(phoneIn("my number is +1 (512) 555-0178."), "+1 (512) 555-0178");
  assert.equal(phoneIn("about ORD-1003 and TRK8800001001"), null);
  assert.equal(phoneIn("call me on 2026-03-03"), null);
  assert.equal(phoneIn("call me at 3pm"), null);
});

Deno.test("the day and time are read against the turn's clock, in UTC", () => {
  const a = callbackAsked("call me tomorrow after 3pm on 07700 900123", NOW);
  assert.equal(a.phone, "07700 900123");
  assert.equal(a.at?.toISOString(), "2026-03-03T15:00:00.000Z");
  assert.equal(a.day, "tomorrow");
  const thu = callbackAsked("could you ring me thursday at 10:30", NOW);
  assert.equal(thu.at?.toISOString(), "2026-03-05T10:30:00.000Z");
  assert.equal(thu.day, "on Thursday");
  // Said on a Monday, "Monday morning" is next week's.
  assert.equal(
    callbackAsked("phone me on Monday morning", NOW).at?.toISOString(),
    "2026-03-09T10:00:00.000Z",
  );
  // A time alone: today while it is ahead, else tomorrow.
  assert.equal(callbackAsked("call me at 5pm", NOW).at?.toISOString(), "2026-03-02T17:00:00.000Z");
  assert.equal(callbackAsked("call me at 9am", NOW).at?.toISOString(), "2026-03-03T09:00:00.000Z");
  assert.equal(clockText(new Date("2026-03-03T15:00:00Z")), "3:00 pm");
});

Deno.test("no time, a day alone, a time passed, and the number on the account", () => {
  const none = callbackAsked("can someone call me? 555-0134", NOW);
  assert.equal(none.at, null);
  assert.equal(none.dayOnly, false);
  assert.equal(callbackAsked("call me tomorrow", NOW).dayOnly, true);
  assert.equal(callbackAsked("call me this morning at 9am", NOW).problem, "past");
  assert.equal(callbackAsked("tomorrow 10am, the number on my account", NOW).accountPhone, true);
});

Deno.test("what was said earlier fills in: 'call me tomorrow', then '3pm, 555 0134'", () => {
  const a = callbackAsked("3pm, 555 0134", NOW, "call me tomorrow");
  assert.equal(a.at?.toISOString(), "2026-03-03T15:00:00.000Z");
  assert.equal(a.phone, "555 0134");
  // A number given now wins over the one before; a time given now over the one before.
  const b = callbackAsked(
    "make it 5pm on 07700 900123",
    NOW,
    "call me tomorrow at 3pm on 555-0134",
  );
  assert.equal(b.at?.toISOString(), "2026-03-03T17:00:00.000Z");
  assert.equal(b.phone, "07700 900123");
});

Deno.test("'asap' asks for the next free slot, not a time of theirs", () => {
  const a = callbackAsked("I don't want to chat, call me on 512-555-0178 asap", NOW);
  assert.equal(a.soon, true);
  assert.equal(a.at, null);
  assert.equal(callbackAsked("call me asap tomorrow at 3pm", NOW).soon, false);
});

Deno.test("Talk23: after a call back is booked, calling it off and asking when are read", () => {
  assert.equal(aboutBookedCall("actually cancel the call"), "call_off");
  assert.equal(aboutBookedCall("I don't need the callback anymore"), "call_off");
  assert.equal(aboutBookedCall("please don't call me after all"), "call_off");
  assert.equal(aboutBookedCall("what time will you call?"), "when");
  assert.equal(aboutBookedCall("when is my callback"), "when");
  assert.equal(aboutBookedCall("cancel ORD-1003"), null);
  assert.equal(aboutBookedCall("thanks"), null);
});

Deno.test("a call back called off before it is booked asks for none", () => {
  for (
    const t of [
      "I don't need the callback anymore, cancel ORD-2002 instead",
      "forget the call, just tell me where my keyboard is",
      "no longer need a call back thanks",
    ]
  ) {
    assert.equal(callsOffCallback(t), true, t);
    assert.equal(asksForCallback(t), false, t);
  }
  assert.equal(callsOffCallback("can you call me back at 3pm"), false);
  assert.equal(asksForCallback("can you call me back at 3pm"), true);
});
