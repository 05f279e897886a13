/**
 * The thirty-first round (the talk31 branch): the "Left" lists of earlier rounds tried again
 * and the most harmful fixed — a yes said grudgingly or after a surprised echo that changed
 * nothing (or proposed a colleague's note instead of the return), an address given beside
 * the order it goes on that was asked about again, "add 1" after a product's price asked
 * which item, venting beside a late parcel that turned into a supervisor's review, "both"
 * to a refund or a replacement, the express price while a replacement waits, a town asked
 * for again, and "speed it up" answered with the price list for no order.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";
/** "Yes or no?" asked again. */
const ASKED_AGAIN = "not sure whether that's a yes or a no";
/** What a message the system could not place gets. */
const UNPLACED = "tell me a little more|make sure I help with the right thing";

/** A grudging yes: the shrug, then the change said in so many words. */
export const TALK31: Conversation[] = [
  {
    name: "31st round: 'sure whatever, cancel it' cancels ORD-1003",
    who: SARAH,
    style: "grudging",
    turns: [
      { say: "can i cancel ORD-1003?", proposes: "cancel_order" },
      {
        // Was "I'm not sure whether that's a yes or a no" ("whatever" read as a hedge).
        say: "sure whatever, cancel it",
        mention: ["cancelled"],
        avoid: [ASKED_AGAIN],
        proposes: null,
      },
      { say: "thanks", avoid: ["cancel"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'ok whatever, do it' to the refund of ORD-1002 refunds it once",
    who: SARAH,
    style: "grudging",
    turns: [
      { say: "refund ORD-1002", proposes: "refund" },
      { say: "ok whatever, do it", mention: ["refunded 428\\.00"], avoid: [ASKED_AGAIN] },
      { say: "yes", avoid: ["refunded 428\\.00 USD for order ORD-1002\\. It should"] },
    ],
    changes: [{ action: "refund", target: "ORD-1002" }],
  },
  {
    name: "31st round: 'ugh whatever just cancel it already' cancels Mike's unpaid monitor",
    who: MIKE,
    style: "impatient",
    turns: [
      { say: "ORD-2002 cancel pls", proposes: "cancel_order" },
      {
        say: "ugh whatever just cancel it already",
        mention: ["cancelled"],
        avoid: [ASKED_AGAIN],
        proposes: null,
      },
      { say: "ok bye", proposes: null, handoff: "none" },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "31st round: a shrug alone is still no yes, and 'whatever, no leave it' keeps the order",
    who: SARAH,
    style: "shrugging",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      { say: "yeah, sure, whatever", mention: [ASKED_AGAIN], proposes: "cancel_order" },
      { say: "whatever, no leave it", avoid: ["cancelled", ASKED_AGAIN], proposes: null },
    ],
    changes: [],
  },
  {
    name: "31st round: 'how much is express shipping?' while the lost vacuum's replacement waits",
    who: EMMA,
    style: "aside while a change waits",
    turns: [
      { say: "my parcel ORD-3001 never came", proposes: null },
      { say: "replacement please", proposes: "replacement" },
      {
        // Was the lost parcel's news and the choice again, no price.
        say: "how much is express shipping?",
        mention: ["express takes 1–2 business days for 14\\.99 USD", "replacement"],
        avoid: ["marked the parcel as lost", "which would you prefer"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "31st round: the speeds' price and time asked right after a lost parcel's news",
    who: EMMA,
    style: "terse",
    turns: [
      { say: "ORD-3001 is lost apparently", mention: ["lost"] },
      {
        say: "what does express cost?",
        mention: ["14\\.99 USD"],
        avoid: ["marked the parcel as lost"],
        proposes: null,
      },
      {
        say: "and how long does overnight take?",
        mention: ["next business day"],
        avoid: ["marked the parcel as lost"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "31st round: overnight's time asked while the lost vacuum's refund waits, then no",
    who: EMMA,
    style: "aside, then declines",
    turns: [
      { say: "my vacuum ORD-3001 never arrived", proposes: null },
      { say: "refund please", proposes: "refund" },
      {
        say: "how long does overnight shipping take?",
        mention: ["next business day", "refund"],
        avoid: ["marked the parcel as lost"],
        proposes: "refund",
      },
      { say: "no", avoid: ["refunded"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "31st round: 'add 1 to my order' right after the water bottle is one more bottle",
    who: SARAH,
    style: "terse follow-up",
    turns: [
      { say: "is the water bottle in my order?", mention: ["ORD-1003"] },
      {
        // Was "Which item would you like to change, and to what quantity?"
        say: "add 1 to my order",
        mention: ["Insulated Water Bottle from 2 to 3"],
        avoid: ["Which item"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'can you add one more to my order' after the bottle's price",
    who: SARAH,
    style: "polite",
    turns: [
      { say: "how much is the water bottle", facts: [{ product: "OUT-102", field: "price" }] },
      {
        say: "can you add one more to my order",
        mention: ["Insulated Water Bottle from 2 to 3"],
        avoid: ["Which item"],
        proposes: "modify_items",
      },
      { say: "yes please", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'add 2 more to my order' after the shoes' price, then no",
    who: SARAH,
    style: "changes her mind",
    turns: [
      { say: "how much are the trail running shoes?", mention: ["Trail Running Shoes"] },
      {
        say: "add 2 more to my order",
        mention: ["Trail Running Shoes from 1 to 3"],
        avoid: ["Which item"],
        proposes: "modify_items",
      },
      { say: "actually no", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "31st round: 'fine, the shoes one then, <address>' after the headphones' address was refused",
    who: SARAH,
    style: "concession",
    turns: [
      {
        say: "can you change the delivery address for ORD-1001",
        mention: ["already shipped"],
        proposes: null,
      },
      {
        // Was "would you like to sort out a delivery problem, or change the items of an order?"
        say: "fine, the shoes one then, 12 Pine St, Seattle WA 98101",
        mention: ["ORD-1003", "Seattle"],
        avoid: [UNPLACED, "ORD-98101"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["ORD-1003 will go to the new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'what about ORD-1003? <address>' after a refused address change",
    who: SARAH,
    style: "short",
    turns: [
      {
        say: "change the address on my headphones to 5 Oak Ave, Portland OR 97201",
        mention: ["already shipped"],
        proposes: null,
      },
      {
        say: "what about ORD-1003? 5 Oak Ave, Portland OR 97201",
        mention: ["ORD-1003", "Portland"],
        avoid: [UNPLACED],
        proposes: "change_address",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name:
      "31st round: 'ok what about the shoes order then, send it to …' proposes the shoes' address",
    who: SARAH,
    style: "follow-up after a no",
    turns: [
      {
        say: "change the address of my headphones order to 5 Oak Ave, Portland OR 97201",
        mention: ["already shipped"],
      },
      {
        say: "ok what about the shoes order then, send it to 5 Oak Ave, Portland OR 97201",
        mention: ["ORD-1003", "Portland"],
        avoid: [UNPLACED],
        proposes: "change_address",
      },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "31st round: 'I don't need the callback anymore, cancel ORD-2002 instead'",
    who: MIKE,
    style: "change of plan",
    turns: [
      {
        say: "can someone call me back at 3pm about my keyboard",
        mention: ["Which number should we call"],
      },
      {
        // Was the number asked again, the cancellation lost.
        say: "I don't need the callback anymore, cancel ORD-2002 instead",
        mention: ["ORD-2002", "cancel"],
        avoid: ["Which number should we call"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "31st round: 'actually i dont need a call, just cancel the monitor order' after asking for one",
    who: MIKE,
    style: "change of plan",
    turns: [
      { say: "call me back pls", mention: ["call back"] },
      {
        say: "actually i dont need a call, just cancel the monitor order",
        mention: ["ORD-2002"],
        avoid: ["Tell me when suits you"],
        proposes: "cancel_order",
      },
      { say: "yes please", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "31st round: 'sorry to bother you again! quick q, does ORD-1003 ship soon?' is its status",
    who: SARAH,
    style: "apologetic",
    turns: [
      {
        // Was the shipping speeds and fees.
        say: "Sorry to bother you again! quick q, does ORD-1003 ship soon?",
        mention: ["hasn't shipped yet"],
        avoid: ["Standard shipping takes"],
        facts: [{ order: "ORD-1003", field: "id" }],
      },
      { say: "when will my shoes ship", mention: ["ORD-1003"], avoid: ["Standard shipping takes"] },
      { say: "can it ship express?", mention: ["express"], proposes: "expedite_order" },
      { say: "no thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "31st round: 'What can you do about it' after the late keyboard's news: the carrier chased",
    who: MIKE,
    style: "blunt",
    turns: [
      { say: "where is ORD-2001", mention: ["delay"], proposes: null },
      {
        // Was the same delay told again, nothing offered.
        say: "What can you do about it",
        mention: ["open an investigation with FedEx"],
        avoid: ["is still delayed"],
        proposes: "carrier_investigation",
      },
      { say: "yes", mention: ["investigation"], proposes: null },
    ],
    changes: [{ action: "carrier_investigation", target: "TRK8800002001" }],
  },
  {
    name: "31st round: 'ok so what now?' after the late keyboard's news, then no",
    who: MIKE,
    style: "resigned",
    turns: [
      { say: "wheres my keyboard", mention: ["ORD-2001"] },
      {
        say: "ok so what now?",
        mention: ["open an investigation with FedEx"],
        proposes: "carrier_investigation",
      },
      { say: "no its fine", avoid: ["opened an investigation"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "31st round: 'what can you do about it' after the headphones' news: nothing to do yet",
    who: SARAH,
    style: "impatient",
    turns: [
      { say: "where is ORD-1001", facts: [{ order: "ORD-1001", field: "tracking" }] },
      {
        // Was the same news told again.
        say: "what can you do about it",
        mention: ["nothing you need to do yet", "open an investigation with UPS"],
        avoid: ["is still on its way"],
        proposes: null,
        handoff: "none",
      },
      { say: "ok thanks", proposes: null },
    ],
    changes: [],
  },
];
