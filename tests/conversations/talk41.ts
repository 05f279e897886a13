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
];
