/**
 * The fifteenth round, continued (the talk15 branch): references to the conversation ("the
 * first one I asked about", "the other two", "both"), a remedy asked for several orders,
 * emails quoting our reply about one order and naming another, and a handoff's facts for
 * what was asked of each order.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";

/** The fifteenth round's conversations, continued. */
export const TALK15_MORE: Conversation[] = [
  {
    name: "15th round: Sarah after 1001 cancels 'the other one that hasnt shipped'",
    who: SARAH,
    style: "no apostrophes",
    turns: [
      { say: "where is 1001", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "cancel the other one that hasnt shipped",
        mention: ["ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "yes pls", proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "15th round: Mike asks whether 2001 is delayed and 2002 paid, in one line",
    who: MIKE,
    style: "two questions, two orders",
    turns: [
      {
        say: "is 2001 delayed and has 2002 been paid?",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2002", field: "status" }],
      },
      { say: "ok", avoid: ["Just to make sure"] },
      {
        say: "whats the tracking on the keyboard",
        facts: [{ order: "ORD-2001", field: "tracking" }],
      },
    ],
  },
  {
    name: "15th round: Sarah returns the espresso machine order and tracks the headphones",
    who: SARAH,
    style: "a change and a status, orders by goods",
    turns: [
      {
        say: "I want to return the espresso machine order and track the headphones",
        mention: ["ORD-1002", "return"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: "return_item",
      },
      { say: "yes", proposes: null, mention: ["label"] },
      { say: "thanks", avoid: ["return label"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "15th round: Sarah lists all her orders, then cancels 'the latest one', then no",
    who: SARAH,
    style: "orders in a list",
    turns: [
      { say: "status of all my orders pls", mention: ["ORD-1001", "ORD-1002", "ORD-1003"] },
      { say: "cancel the latest one", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "actually no, keep it", proposes: null, avoid: ["is cancelled"] },
    ],
  },
  {
    name: "15th round: Emma asks after 'ord3001 and ord 3002', then 'refund both'",
    who: EMMA,
    style: "loose ids, both",
    turns: [
      {
        say: "ord3001 and ord 3002 - whats going on with them??",
        facts: [{ order: "ORD-3001", field: "status" }, { order: "ORD-3002", field: "id" }],
      },
      {
        say: "refund both",
        mention: ["ORD-3001", "ORD-3002", "313\\.99", "349\\.00"],
        proposes: "refund",
      },
      { say: "yes", proposes: null, mention: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }, { action: "refund", target: "ORD-3002" }],
  },
  {
    name: "15th round: Sarah cancels 'the first one i asked about', not her oldest order",
    who: SARAH,
    style: "a reference to the conversation",
    turns: [
      { say: "whats the status of 1003", facts: [{ order: "ORD-1003", field: "status" }] },
      { say: "what about the headphones", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "ok cancel the first one i asked about",
        mention: ["ORD-1003"],
        avoid: ["ORD-1002", "return"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "15th round: after 1001 and 1003, 'can you speed up both' speeds up both orders",
    who: SARAH,
    style: "both, after switching orders",
    turns: [
      { say: "where is 1001", facts: [{ order: "ORD-1001", field: "status" }] },
      { say: "and 1003", facts: [{ order: "ORD-1003", field: "status" }] },
      {
        say: "can you speed up both",
        mention: ["ORD-1001", "ORD-1003", "one yes covers both"],
        proposes: "expedite_delivery",
      },
      { say: "yes", proposes: null },
    ],
    changes: [
      { action: "expedite_tracking", target: "TRK8800001001" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "15th round: Sarah asks after 1001, then 'and the other two?' gets both others",
    who: SARAH,
    style: "the other two",
    turns: [
      { say: "where is 1001", facts: [{ order: "ORD-1001", field: "status" }] },
      {
        say: "and the other two?",
        facts: [
          { order: "ORD-1003", field: "status" },
          { order: "ORD-1002", field: "id" },
          { order: "ORD-1002", field: "status" },
        ],
        avoid: ["ORD-1001"],
      },
      { say: "thanks!", avoid: ["Which order"] },
    ],
  },
  {
    name: "15th round: Emma asks what can be done about each order, then 'replace both please'",
    who: EMMA,
    style: "upset VIP, options asked",
    turns: [
      {
        say: "Hi, I have two orders with you. The vacuum never arrived and the mixer was " +
          "damaged. What can you do about each?",
        mention: ["ORD-3001", "ORD-3002", "refund", "replacement"],
        avoid: ["member of our team", "passing our conversation"],
        proposes: null,
        handoff: "none",
      },
      {
        say: "replace both please",
        mention: ["ORD-3001", "ORD-3002", "one yes covers both"],
        avoid: ["changing its items"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [
      { action: "replacement", target: "ORD-3002" },
      { action: "replacement", target: "ORD-3001" },
    ],
  },
  {
    name: "15th round: Mike's terse 'yo whr is ORD 2001 its been like 2 wks smh'",
    who: MIKE,
    style: "chat slang, grumbling",
    turns: [
      {
        say: "yo whr is ORD 2001 its been like 2 wks smh",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        avoid: ["Just to make sure", "would you like to"],
      },
      { say: "ugh ok", avoid: ["Just to make sure"] },
      { say: "whats the hold up exactly", mention: ["weather|Memphis"] },
    ],
  },
  {
    name:
      "15th round: an email quoting our reply on ORD-1001 asks when 'it' comes and cancels 1003",
    who: SARAH,
    style: "email reply with a quote, two orders",
    turns: [
      {
        say: "Hi,\n\nWhen will it get here? And can you cancel 1003 please.\n\n" +
          "On Sat, Dec 5, 2026 at 10:00, Support wrote:\n> Order ORD-1001 (Noise-Cancelling " +
          "Headphones) shipped with UPS and is on its way.",
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
        mention: ["ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003", "cancelled"], proposes: null },
      { say: "thank you", avoid: ["cancel"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "15th round: an upset email quoting ORD-1001 and naming 1003 shows both orders' facts",
    who: SARAH,
    style: "email reply with a quote, upset",
    turns: [
      {
        say: "Hi,\n\nIt still hasn't arrived and it's been days. Also please add another " +
          "water bottle to 1003.\n\nThanks, Sarah\n\nOn Sat, Dec 5, 2026 at 10:00, Support " +
          "wrote:\n> Order ORD-1001 (Noise-Cancelling Headphones) shipped with UPS and is on its way.",
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1003", field: "id" }],
      },
      { say: "ok thanks", avoid: ["Just to make sure"] },
      {
        say: "where is the headphones parcel now?",
        facts: [{ order: "ORD-1001", field: "status" }],
      },
    ],
  },
  {
    name: "15th round: Mike's keyboard 'still not here??' and monitor 'did payment go thru'",
    who: MIKE,
    style: "terse, two orders, two asks",
    turns: [
      {
        say: "keyboard order - still not here?? also monitor - did payment go thru",
        facts: [{ order: "ORD-2001", field: "status" }, { order: "ORD-2001", field: "tracking" }],
        mention: ["ORD-2002[^.]*payment"],
        avoid: ["ORD-2001 \\(Mechanical Keyboard\\): we received"],
      },
      { say: "ok", avoid: ["Just to make sure"] },
      { say: "how long is the wait", mention: ["minutes|queue"] },
    ],
  },
  {
    name: "15th round: after her open orders, Sarah's 'ok cancel the shoes one' cancels that order",
    who: SARAH,
    style: "an order called by its goods and 'one'",
    turns: [
      {
        say: "whats happening with my orders that havent been delivered yet, both of them",
        facts: [{ order: "ORD-1003", field: "status" }, { order: "ORD-1001", field: "status" }],
      },
      {
        say: "ok cancel the shoes one",
        mention: ["cancel order ORD-1003|cancel it"],
        avoid: ["remove"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
];
