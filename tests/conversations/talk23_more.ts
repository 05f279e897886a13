/**
 * The twenty-third round, continued: call backs asked in shoppers' words — with a number and
 * a time, with one of them, with neither, from the queue, from a guest — and a shouted status
 * question, venting while a change waits, "are you real", a person asked for three times.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "call.me.maybe@example.org";
const QUEUE_LINE = "still on the way";
const CHAT_QUEUE = "member of our team will take over|passing our conversation";

/** The twenty-third round's further conversations. */
export const TALK23_MORE: Conversation[] = [
  {
    name: "23rd round: 'can someone call me? 555-0134' asks when, then books it on a yes",
    who: SARAH,
    style: "terse, number first",
    turns: [
      {
        say: "can someone call me? 555-0134",
        mention: ["call back", "a day and a time", "555-0134"],
        avoid: [CHAT_QUEUE],
        proposes: null,
        handoff: "none",
      },
      {
        say: "tomorrow at 10am",
        mention: ["on 555-0134 tomorrow at 10:00 am UTC", "Shall I book it"],
        proposes: "schedule_callback",
        handoff: "none",
      },
      { say: "yes", mention: ["call you back", "10:00 UTC"], proposes: null, handoff: "none" },
    ],
    changes: [{ action: "schedule_callback", target: "CUST-0001" }],
  },
  {
    name: "23rd round: 'call me tomorrow after 3pm on 07700 900123' is proposed at once",
    who: SARAH,
    style: "all in one line",
    turns: [
      {
        say: "call me tomorrow after 3pm on 07700 900123",
        mention: ["07700 900123 tomorrow at 3:00 pm UTC"],
        avoid: [CHAT_QUEUE],
        proposes: "schedule_callback",
        handoff: "none",
      },
      { say: "yes", mention: ["call you back", "15:00 UTC"], proposes: null },
      { say: "great, thanks", avoid: ["call back"], handoff: "none" },
    ],
    changes: [{ action: "schedule_callback", target: "CUST-0001" }],
  },
  {
    name: "23rd round: 'can i get a callback' asks for both; the answer in one line books it",
    who: SARAH,
    style: "casual",
    turns: [
      {
        say: "can i get a callback please",
        mention: ["a day and a time", "number"],
        avoid: [CHAT_QUEUE],
        proposes: null,
        handoff: "none",
      },
      {
        say: "tomorrow at 10am, 206 555 0142",
        mention: ["206 555 0142 tomorrow at 10:00 am UTC"],
        proposes: "schedule_callback",
      },
      { say: "yes please", mention: ["call you back"], proposes: null },
    ],
    changes: [{ action: "schedule_callback", target: "CUST-0001" }],
  },
  {
    name: "23rd round: Emma asks to be phoned Friday morning about the lost vacuum",
    who: EMMA,
    style: "long, polite, number in it",
    turns: [
      {
        say:
          "Could someone phone me on Friday morning? My number is 617-555-0110. It's about the lost vacuum.",
        mention: ["617-555-0110 on Friday at 10:00 am UTC"],
        avoid: [CHAT_QUEUE, "not sure what you'd like"],
        proposes: "schedule_callback",
        handoff: "none",
      },
      { say: "yes", mention: ["call you back", "10:00 UTC"], proposes: null },
      { say: "thank you", handoff: "none" },
    ],
    changes: [{ action: "schedule_callback", target: "CUST-0003" }],
  },
  {
    name: "23rd round: 'give me a call', then 'the number on my account, thursday 11am'",
    who: EMMA,
    style: "VIP, the number on file",
    turns: [
      { say: "give me a call", mention: ["number on my account"], proposes: null },
      {
        say: "the number on my account, thursday 11am",
        mention: ["number on your account on Thursday at 11:00 am UTC"],
        proposes: "schedule_callback",
      },
      { say: "yes", mention: ["call you back", "11:00 UTC"], proposes: null },
    ],
    changes: [{ action: "schedule_callback", target: "CUST-0003" }],
  },
  {
    name: "23rd round: queued Mike asks to be called instead; the call is booked, the queue kept",
    who: MIKE,
    style: "queued, switches channel",
    turns: [
      { say: "human please", handoff: "new" },
      {
        say: "actually can someone just call me at 4pm tomorrow on 512 555 0178",
        mention: ["512 555 0178 tomorrow at 4:00 pm UTC", QUEUE_LINE],
        proposes: "schedule_callback",
      },
      { say: "yes", mention: ["call you back", "16:00 UTC", QUEUE_LINE], proposes: null },
    ],
    changes: [{ action: "schedule_callback", target: "CUST-0002" }],
  },
  {
    name: "23rd round: 'call me tomorrow', the hour given, then declined: nothing booked",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "call me tomorrow", mention: ["what time tomorrow"], proposes: null },
      {
        say: "3pm, 555 0134",
        mention: ["555 0134 tomorrow at 3:00 pm UTC"],
        proposes: "schedule_callback",
      },
      { say: "no thanks, never mind", avoid: ["call you back"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "23rd round: a guest asking to be called back goes to a person (no booking for a guest)",
    who: GUEST,
    style: "guest",
    turns: [
      { say: "call me back at 555-0134 please", mention: ["member of our team"], handoff: "new" },
      { say: "is someone coming?", handoff: "same" },
      { say: "ok thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name:
      "23rd round: 'THIS IS UNACCEPTABLE. WHERE IS MY ORDER 1001' gets the order, no essay thanks",
    who: SARAH,
    style: "all caps, shouted status question",
    turns: [
      {
        say: "THIS IS UNACCEPTABLE. WHERE IS MY ORDER 1001",
        avoid: ["read everything you wrote", "Thank you for telling us"],
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        handoff: "none",
      },
      { say: "and when will it get here", mention: ["estimate"], handoff: "none" },
      { say: "fine", avoid: ["read everything you wrote"], handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "23rd round: 'this is a joke, where is my keyboard?' is answered, not asked about",
    who: MIKE,
    style: "sarcastic, one comma",
    turns: [
      {
        say: "this is a joke, where is my keyboard?",
        avoid: ["Just to make sure", "make a complaint"],
        facts: [{ order: "ORD-2001", field: "status" }],
        handoff: "none",
      },
      { say: "ugh ok", avoid: ["Just to make sure"], handoff: "none" },
      { say: "thanks i guess", handoff: "none" },
    ],
    changes: [],
  },
  {
    name: "23rd round: 'this is ridiculous 🙄' while the investigation waits keeps it waiting",
    who: MIKE,
    style: "eye-roll emoji",
    turns: [
      { say: "where is my keyboard", facts: [{ order: "ORD-2001", field: "status" }] },
      { say: "can you investigate?", proposes: "carrier_investigation" },
      {
        say: "this is ridiculous 🙄",
        mention: ["investigation"],
        avoid: ["supervisor"],
        proposes: "carrier_investigation",
      },
      { say: "yes", mention: ["investigation"], proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "23rd round: 'are you real' is told it's the assistant; a human asked, then withdrawn",
    who: SARAH,
    style: "suspicious, then fine",
    turns: [
      {
        say: "are you real",
        mention: ["virtual assistant"],
        avoid: ["what can I do for you next"],
        handoff: "none",
      },
      { say: "ok can i talk to a human then", handoff: "new" },
      { say: "never mind, you can do it", mention: ["withdrawn"], handoff: "withdrawn" },
    ],
    changes: [],
  },
  {
    name: "23rd round: a person asked for three times stays one handoff, raised",
    who: MIKE,
    style: "repeating himself",
    turns: [
      { say: "human please", handoff: "new" },
      { say: "HUMAN", mention: ["queue"], handoff: "same" },
      { say: "i said a HUMAN", mention: ["more urgent"], handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "23rd round: 'call me on 512-555-0178 asap' books the next free slot on a yes",
    who: MIKE,
    style: "no chat, asap",
    turns: [
      {
        say: "I don't want to chat, call me on 512-555-0178 asap",
        mention: ["512-555-0178 at the next free slot"],
        avoid: [CHAT_QUEUE],
        proposes: "schedule_callback",
        handoff: "none",
      },
      { say: "yes", mention: ["call you back on", "UTC"], proposes: null },
      { say: "cheers", avoid: ["call back"], handoff: "none" },
    ],
    changes: [{ action: "schedule_callback", target: "CUST-0002" }],
  },
  {
    name:
      "23rd round: after a call back is booked, 'what time?' and 'cancel the call' stay on the call",
    who: SARAH,
    style: "follow-ups on the call",
    turns: [
      {
        say: "call me tomorrow at 10am on 555-0134",
        proposes: "schedule_callback",
      },
      { say: "yes", mention: ["call you back"], proposes: null },
      {
        say: "what time will you call?",
        mention: ["booked for tomorrow at 10:00 am UTC"],
        avoid: ["only help with orders", "outside what I can help"],
      },
      {
        say: "actually cancel the call",
        mention: ["note for our team", "Nothing on your orders changes"],
        avoid: ["ORD-1003", "can cancel"],
        proposes: "customer_note",
      },
      { say: "yes", mention: ["added a note"], proposes: null },
    ],
    changes: [
      { action: "schedule_callback", target: "CUST-0001" },
      { action: "customer_note", target: "CUST-0001" },
    ],
  },
];
