/**
 * Talk41 round, continued (`talk41.ts`): days on the way, the window's last day, deadlines,
 * orders named by their day, the shopper's own count of a wait, days away from home weighed
 * against the estimate, and a guest. Every day is written from the day the suite is played.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const CLOSE = { say: "ok thanks, that's all", avoid: ["Shall I", "yes or no"] };

/** More conversations of the talk41 round. */
export const TALK41_MORE: Conversation[] = [
  {
    name: "talk41: 'how long have my headphones been on the way' — 2 days, on time",
    who: SARAH,
    style: "plain",
    turns: [
      {
        say: "how long have my headphones been on the way",
        mention: ["on its way for 2 days", "{date+2}"],
        avoid: ["running late", "sorry"],
        handoff: "none",
      },
      { say: "and if it's late?", avoid: ["Which order"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'whats the last day i can return order 1002' — the days counted first",
    who: SARAH,
    style: "a question, then not yet",
    turns: [
      {
        // Was the return proposed with the window's last day only, the days not counted.
        say: "whats the last day i can return order 1002",
        mention: ["delivered on {date-10}, 10 days ago, so you have 20 days left", "{date+20}"],
        proposes: "return_item",
      },
      { say: "no, not yet", proposes: null },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'I need the headphones before {date+13}, will they make it?' — in time",
    who: SARAH,
    style: "a date written out",
    turns: [
      {
        say: "I need the headphones before {date+13}, will they make it?",
        mention: ["{date+2}", "in time"],
        proposes: null,
      },
      { say: "great", avoid: ["Shall I", "yes or no"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: Mike's 'i need the keyboard by {date+2} at the latest' — an upgrade offered",
    who: MIKE,
    style: "a deadline before the estimate",
    turns: [
      {
        say: "i need the keyboard by {date+2} at the latest",
        mention: ["{date+3}", "after"],
        proposes: "expedite_delivery",
      },
      { say: "yes do it", mention: ["ORD-2001"] },
      CLOSE,
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },
  {
    name: "talk41: 'the order from 2 weeks ago, when did it arrive?' — the espresso machine",
    who: SARAH,
    style: "an order named by its age",
    turns: [
      {
        say: "the order from 2 weeks ago, when did it arrive?",
        mention: ["ORD-1002", "delivered on {date-10}"],
        avoid: ["Which order"],
      },
      {
        say: "can i still return it?",
        mention: ["{date+20}"],
        proposes: "return_item",
      },
      { say: "no thanks, just checking", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk41: Mike's 'whats going on with the order i placed today' — the monitor",
    who: MIKE,
    style: "an order named by its day",
    turns: [
      {
        say: "whats going on with the order i placed today",
        facts: [{ order: "ORD-2002", field: "id" }],
        mention: ["waiting for payment"],
        avoid: ["Which order", "ORD-2001"],
      },
      { say: "when did i place it exactly?", mention: ["placed order ORD-2002"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: Mike's 'its been three weeks!! where is my keyboard' — placed six days ago",
    who: MIKE,
    style: "angry, exaggerated count of weeks",
    turns: [
      {
        // Was handed over with the parcel's facts, the three weeks left standing.
        say: "its been three weeks!! where is my keyboard",
        mention: ["Our records show you placed ORD-2001 on {date-6}, 6 days ago", "delay"],
        handoff: "new",
      },
      { say: "ok whatever, how long till someone answers", handoff: "same" },
      { say: "fine, i'll wait", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "talk41: 'been waiting 2 weeks for my headphones, what is going on' — no refund in it",
    who: SARAH,
    style: "impatient, no question mark",
    turns: [
      {
        // Was read as a refund's status: "I don't see a refund on order ORD-1001 yet".
        say: "been waiting 2 weeks for my headphones, what is going on",
        mention: ["placed ORD-1001 on {date-3}, 3 days ago", "{date+2}"],
        avoid: ["refund"],
        handoff: "none",
      },
      { say: "oh ok, my bad", avoid: ["refund", "Shall I"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'can i still return the frother? got it a week ago' — ten days, the return",
    who: SARAH,
    style: "two sentences, the days in the second",
    turns: [
      {
        // The return was proposed, the week left standing (the days were in the other part).
        say: "can i still return the frother? got it a week ago",
        mention: ["delivered on {date-10}, 10 days ago — not a week ago", "20 days left"],
        proposes: "return_item",
      },
      { say: "yes go ahead", mention: ["ORD-1002"] },
      CLOSE,
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk41: 'what date did I buy the headphones on? Need it for an insurance form'",
    who: SARAH,
    style: "a polite message with a reason",
    turns: [
      {
        say: "Hi there, quick one - what date did I buy the headphones on? Need it for an " +
          "insurance form. Thanks!",
        mention: ["placed order ORD-1001", "{date-3}, 3 days ago"],
        avoid: ["cart", "product page"],
      },
      { say: "and when exactly did i place the shoes order?", mention: ["placed order ORD-1003"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: Emma's 'when did I place the mixer order and when did it arrive?' — each once",
    who: EMMA,
    style: "two date questions in one",
    turns: [
      {
        say: "when did I place the mixer order and when did it arrive?",
        mention: ["placed order ORD-3002", "{date-8}", "delivered on {date-4}"],
        avoid: ["delivered on {date-4}[^]*delivered on {date-4}"],
        handoff: "none",
      },
      { say: "thanks. how long do i have to return it?", mention: ["{date+26}"] },
      { say: "no, just wanted to know", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk41: 'I'm away from {weekday+3} to {weekday+6}, can you hold the shoes?'",
    who: SARAH,
    style: "days away, a hold asked for",
    turns: [
      {
        // Was "I'm not sure what you'd like me to do with order ORD-1003".
        say: "I'm away from {weekday+3} to {weekday+6}, can you hold the shoes?",
        mention: ["{date+4} — while you're away", "can't hold a parcel", "another address"],
        avoid: ["not sure what you'd like"],
        proposes: null,
      },
      {
        say: "ok send it to my work then: 500 Pine Street, Seattle, WA 98104",
        proposes: "change_address",
      },
      { say: "yes", mention: ["ORD-1003"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name:
      "talk41: 'we're on holiday {weekday+1}-{weekday+2}, will my headphones come while we're gone?'",
    who: SARAH,
    style: "a span written with a dash",
    turns: [
      {
        say: "we're on holiday {weekday+1}-{weekday+2}, will my headphones come while we're gone?",
        mention: ["{date+2} — while you're away", "redelivery"],
        proposes: null,
      },
      { say: "ok fair enough", avoid: ["Shall I"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'im travelling from {weekday+5} to {weekday+6}' — the shoes come before",
    who: SARAH,
    style: "no capitals, a dash",
    turns: [
      {
        say:
          "im travelling from {weekday+5} to {weekday+6} — is the shoes order going to show up before?",
        mention: ["{date+4}, before you're away", "in time"],
        avoid: ["can't hold", "member of our"],
        handoff: "none",
      },
      { say: "great", avoid: ["Shall I"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: a guest asks how many days are left to return: sign in first",
    who: "pat.rivers@example.org",
    style: "a guest",
    turns: [
      {
        say: "how many days do i have left to return my order?",
        avoid: ["ORD-\\d+", "days left"],
        proposes: null,
      },
      { say: "great", avoid: ["Shall I", "yes or no"] },
      CLOSE,
    ],
    changes: [],
  },
];
