/**
 * Talk41 round: dates and time in shoppers' words — when an order was placed, how long it has
 * been on its way, the return window counted from the real delivery, the shopper's own count
 * of days set right, an order picked by the day it was placed, and a day the goods are wanted
 * by said without "by". Every day is written from the day the suite is played.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
const CLOSE = { say: "ok thanks, that's all", avoid: ["Shall I", "yes or no"] };

/** Conversations of the talk41 round. */
export const TALK41: Conversation[] = [
  {
    name: "talk41: 'what day did i order the espresso machine' is the day it was placed",
    who: SARAH,
    style: "terse, no punctuation",
    turns: [
      {
        // Was read as buying one: its stock, price and "add it to your cart".
        say: "what day did i order the espresso machine",
        mention: ["placed order ORD-1002", "{date-16}, 16 days ago", "delivered on {date-10}"],
        avoid: ["cart", "product page", "in stock"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "and how many days do i have left to send it back?",
        mention: ["20 days left"],
        proposes: "return_item",
      },
      { say: "no thanks, just asking", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk41: 'when did i place order 1001?' then how long it has been in transit",
    who: SARAH,
    style: "two questions of dates, one after the other",
    turns: [
      {
        // Was the status alone, without the day it was placed.
        say: "when did i place order 1001?",
        mention: ["placed order ORD-1001", "{date-3}, 3 days ago", "shipped on {date-2}"],
        handoff: "none",
      },
      {
        say: "how long has it been in transit then?",
        mention: ["on its way for 2 days", "{date+2}", "still on time"],
        avoid: ["running late"],
        proposes: null,
      },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: Mike's 'when did i order the keyboard' and how long it's been on its way",
    who: MIKE,
    style: "plain questions about a delayed parcel",
    turns: [
      {
        say: "when did i order the keyboard",
        mention: ["placed order ORD-2001", "{date-6}, 6 days ago", "shipped on {date-5}"],
        handoff: "none",
      },
      {
        // Was the status without the days: "how long" unanswered.
        say: "how long has my keyboard been in transit?",
        mention: ["on its way for 5 days", "delay", "{date+3}"],
        proposes: null,
        handoff: "none",
      },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'how many days do i have left to return the frother?' — counted, offered",
    who: SARAH,
    style: "a question of the window, then a yes",
    turns: [
      {
        // Was the frother's stock ("Yes — the Milk Frother is in stock").
        say: "how many days do i have left to return the frother?",
        mention: ["delivered on {date-10}, 10 days ago", "20 days left", "{date+20}"],
        avoid: ["in stock"],
        proposes: "return_item",
      },
      { say: "yes please", mention: ["ORD-1002"] },
      CLOSE,
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk41: 'has it been more than 30 days since my espresso machine arrived?' — no",
    who: SARAH,
    style: "a yes-or-no question about days",
    turns: [
      {
        // Was handed to a person ("an upset customer with an urgent complaint").
        say: "has it been more than 30 days since my espresso machine arrived?",
        mention: ["No — order ORD-1002", "10 days ago", "until {date+20}"],
        avoid: ["passing our conversation", "member of our team", "sorry", "apologi"],
        handoff: "none",
        proposes: null,
      },
      {
        say: "great. so whats the last day i can send it back?",
        mention: ["{date+20}"],
        handoff: "none",
      },
      { say: "no thanks, just asking", proposes: null },
    ],
    changes: [],
  },
  {
    name: "talk41: 'can I still return the espresso machine, I got it 25 days ago?'",
    who: SARAH,
    style: "a return with the shopper's own (wrong) count of days",
    turns: [
      {
        // Was a delivery problem: "check with neighbours", a supervisor proposed.
        say: "can I still return the espresso machine, I got it 25 days ago?",
        mention: ["delivered on {date-10}, 10 days ago — not 25 days ago", "20 days left"],
        avoid: ["neighbours", "colleague", "supervisor"],
        proposes: "return_item",
      },
      { say: "yes please", mention: ["ORD-1002"] },
      CLOSE,
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "talk41: 'i got the espresso machine like 3 weeks ago, can i still send it back'",
    who: SARAH,
    style: "a rounded count of weeks, then a no",
    turns: [
      {
        say: "i got the espresso machine like 3 weeks ago, can i still send it back",
        mention: ["{date-10}, 10 days ago — not 3 weeks ago", "20 days left"],
        proposes: "return_item",
      },
      { say: "hmm no actually i'll keep it", proposes: null },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: Emma's 'is it too late to return the mixer?' — no, with the day it closes",
    who: EMMA,
    style: "a VIP's short question",
    turns: [
      {
        say: "is it too late to return the mixer?",
        mention: ["No — ORD-3002 was delivered on {date-4}, 4 days ago", "{date+26}"],
        proposes: "return_item",
        avoid: ["passing our conversation", "member of our team"],
        handoff: "none",
      },
      { say: "no, i'll keep it for now", proposes: null },
      {
        say: "and when did i order it?",
        mention: ["placed order ORD-3002", "{date-8}"],
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name: "talk41: 'how long ago did my headphones ship' — the days since, against the estimate",
    who: SARAH,
    style: "casual",
    turns: [
      {
        // Was the status again, the days not counted.
        say: "how long ago did my headphones ship",
        mention: ["shipped on {date-2}", "on its way for 2 days", "still on time"],
        proposes: null,
      },
      { say: "ok cool", avoid: ["Shall I", "yes or no"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'will the headphones come by next weekend?' — the estimate against that day",
    who: SARAH,
    style: "a day named loosely",
    turns: [
      {
        // Was a product question: "a few of our products fit… which of these?".
        say: "will the headphones come by next weekend?",
        mention: ["{date+2}", "in time"],
        avoid: ["Studio Monitor", "Which of these", "Kids"],
        proposes: null,
      },
      { say: "perfect", avoid: ["Shall I"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'headphones by tomorrow possible?' — it won't be, a faster speed offered",
    who: SARAH,
    style: "terse",
    turns: [
      {
        // Was the store's shipping speeds and fees, the order's estimate not weighed.
        say: "headphones by tomorrow possible?",
        mention: ["{date+2}", "after", "speed up"],
        avoid: ["3–5 business days"],
        proposes: "expedite_delivery",
      },
      { say: "no it's fine, i can wait", proposes: null },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'can the shoes arrive on {weekday+5}?' — the estimate is the day before",
    who: SARAH,
    style: "a weekday with 'on', no 'by'",
    turns: [
      {
        // Was the status alone: the day asked about not weighed.
        say: "can the shoes arrive on {weekday+5}?",
        mention: ["{date+4}", "in time"],
        proposes: null,
      },
      { say: "great", avoid: ["Shall I", "yes or no"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'ordered on {weekday-3}, where is it' picks the order placed that day",
    who: SARAH,
    style: "no subject, the order named by its day",
    turns: [
      {
        // Was "which order do you mean?" between ORD-1003 and ORD-1001.
        say: "ordered on {weekday-3}, where is it",
        facts: [{ order: "ORD-1001", field: "id" }, { order: "ORD-1001", field: "tracking" }],
        avoid: ["Which order", "ORD-1003"],
      },
      { say: "and when will it get here?", mention: ["{date+2}"] },
      CLOSE,
    ],
    changes: [],
  },
  {
    name: "talk41: 'the order i placed last night, has it shipped yet' is the shoes",
    who: SARAH,
    style: "a night, not a date",
    turns: [
      {
        // Was "which order do you mean?".
        say: "the order i placed last night, has it shipped yet",
        facts: [{ order: "ORD-1003", field: "id" }],
        mention: ["hasn't shipped"],
        avoid: ["Which order", "ORD-1001"],
      },
      { say: "ok can you cancel it", proposes: "cancel_order", mention: ["ORD-1003"] },
      { say: "yes", mention: ["ORD-1003"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
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
