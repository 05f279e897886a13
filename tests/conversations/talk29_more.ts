/**
 * The twenty-ninth round, continued: order numbers as shoppers type them ("1,002", "sorry
 * 1002", "oops 1003" after a number with a digit too many), orders that are not theirs or do
 * not exist, goods they never bought, picks of a list, and the order in focus held over the
 * following turns. The ledger is read after each: the right order only, or nothing.
 */
import type { Conversation } from "./schema.ts";

const SARAH = "sarah.chen@example.com";
const MIKE = "mike.johnson@example.com";
const EMMA = "emma.wilson@example.com";

/** More of the twenty-ninth round: numbers, privacy and the order in focus. */
export const TALK29_MORE: Conversation[] = [
  {
    name: "29th round: 'order 1,002' with a thousands comma is ORD-1002",
    who: SARAH,
    style: "number written as an amount",
    turns: [
      { say: "where's my stuff", mention: ["ORD-1003", "ORD-1001"] },
      {
        // Was "which order would you like me to check?" again.
        say: "order 1,002",
        mention: ["ORD-1002", "delivered"],
        avoid: ["Which order"],
      },
      {
        say: "can i return the frother from it",
        mention: ["Milk Frother"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "29th round: 'sorry 1002' after a number with a digit too many is no complaint",
    who: SARAH,
    style: "typo then its correction",
    turns: [
      { say: "is #10002 delivered?", mention: ["ORD-10002", "ORD-1002"] },
      {
        // Was read as a complaint: "I'd like to pass this to a supervisor".
        say: "sorry 1002",
        mention: ["ORD-1002", "delivered"],
        avoid: ["supervisor"],
        proposes: null,
      },
      { say: "can i return it", mention: ["ORD-1002"], proposes: "return_item" },
      { say: "no not yet", avoid: ["Done"], proposes: null },
    ],
  },
  {
    name: "29th round: 'oops 1003' after 'cancel order 10003' cancels ORD-1003 after a yes",
    who: SARAH,
    style: "typo then its correction",
    turns: [
      { say: "cancel order 10003", mention: ["ORD-10003", "check the number"], proposes: null },
      { say: "oops 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "29th round: Sarah naming Mike's order learns nothing of it and changes nothing",
    who: SARAH,
    style: "someone else's order number",
    turns: [
      {
        say: "where's order 2001?",
        mention: ["ORD-2001"],
        avoid: ["Mechanical Keyboard", "TRK8800002001", "FedEx", "Memphis"],
      },
      {
        say: "cancel it",
        avoid: ["Mechanical Keyboard", "cancelled", "TRK8800002001"],
        proposes: null,
      },
      { say: "ok where are my headphones", facts: [{ order: "ORD-1001", field: "tracking" }] },
    ],
  },
  {
    name: "29th round: Emma asking of Sarah's order, then 'where's my vacuum', gets her own only",
    who: EMMA,
    style: "someone else's order number",
    turns: [
      { say: "where's ORD-1001", avoid: ["Headphones", "TRK8800001001", "Dallas"] },
      {
        say: "ok then where's my vacuum",
        mention: ["ORD-3001", "lost"],
        avoid: ["Headphones", "TRK8800001001"],
      },
      { say: "thanks", avoid: ["Headphones"] },
    ],
  },
  {
    name: "29th round: a laptop never bought is said so; 'the headphones' then picks ORD-1001",
    who: SARAH,
    style: "item never bought",
    turns: [
      { say: "where is my order", mention: ["ORD-1003", "ORD-1001"] },
      { say: "the laptop", mention: ["laptop"], avoid: ["Done", "in stock"] },
      { say: "oh right, the headphones", facts: [{ order: "ORD-1001", field: "tracking" }] },
    ],
  },
  {
    name: "29th round: 'both' to which order tells both; 'thx' closes",
    who: SARAH,
    style: "both",
    turns: [
      { say: "where are my orders", mention: ["ORD-1003", "ORD-1001"] },
      { say: "both", mention: ["ORD-1003", "ORD-1001", "TRK8800001001"] },
      { say: "thx", avoid: ["Which order"] },
    ],
  },
  {
    name: "29th round: Mike's 'the cheaper one', then 'when', then 'the other one' moves once",
    who: MIKE,
    style: "focus held, then moved by the shopper",
    turns: [
      { say: "where is my order", mention: ["ORD-2002", "ORD-2001"] },
      { say: "the cheaper one", facts: [{ order: "ORD-2001", field: "tracking" }] },
      { say: "and when will it arrive?", mention: ["ORD-2001"], avoid: ["ORD-2002"] },
      { say: "what about the other one?", mention: ["ORD-2002", "waiting for payment"] },
    ],
  },
  {
    name: "29th round: 'not that one, the other' to 2002's cancellation refuses 2001's, keeps 2002",
    who: MIKE,
    style: "correction against a proposal",
    turns: [
      { say: "i want to cancel", mention: ["ORD-2002"], proposes: "cancel_order" },
      {
        say: "not that one, the other",
        mention: ["ORD-2001", "already shipped", "ORD-2002"],
        proposes: null,
      },
      { say: "ok then cancel the monitor", mention: ["ORD-2002"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "29th round: 'no the other one' to a refund of 1002 says neither other can be refunded",
    who: SARAH,
    style: "correction against a proposal",
    turns: [
      { say: "can i get a refund", mention: ["ORD-1002"], proposes: "refund" },
      { say: "no the other one", mention: ["ORD-1003", "ORD-1001"], proposes: null },
      { say: "ok refund 1002 then", mention: ["ORD-1002"], proposes: "refund" },
      { say: "no", avoid: ["Done"], proposes: null },
    ],
  },
  {
    name: "29th round: 'and 1003?' then 'cancel it' cancels 1003, not the order asked first",
    who: SARAH,
    style: "focus moved by a number",
    turns: [
      { say: "where's ORD-1001?", mention: ["ORD-1001"] },
      { say: "and 1003?", mention: ["ORD-1003"] },
      { say: "cancel it", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "29th round: 'the one i ordered yesterday' is ORD-1003's news, then its speed-up",
    who: SARAH,
    style: "pick by the day it was placed",
    turns: [
      { say: "where is my order", mention: ["ORD-1003", "ORD-1001"] },
      {
        // Was "I couldn't check the tracking of order ORD-1003: it has not shipped yet."
        say: "the one i ordered yesterday",
        mention: ["ORD-1003"],
        avoid: ["couldn't check the tracking"],
      },
      { say: "can you speed it up", mention: ["ORD-1003"], proposes: "expedite_order" },
      { say: "no thanks", avoid: ["Done"], proposes: null },
    ],
  },
  {
    name: "29th round: Emma's 'the vacuum' to the mixer's refund refunds the vacuum, not the mixer",
    who: EMMA,
    style: "which order, answered with goods while a change waits",
    turns: [
      { say: "can i get a refund", mention: ["ORD-3002", "349\\.00"], proposes: "refund" },
      {
        // Was the catalogue's Cordless Stick Vacuum, and the yes after it refunded the mixer.
        say: "the vacuum",
        mention: ["ORD-3001", "313\\.99", "left order ORD-3002"],
        avoid: ["Cordless Stick Vacuum", "in stock"],
        proposes: "refund",
      },
      { say: "yes", mention: ["313\\.99"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "29th round: 'what about the headphones?' to 1002's return: not yet, ORD-1002 left as it was",
    who: SARAH,
    style: "which item, asked as a follow-up while a change waits",
    turns: [
      { say: "whats the status of my orders", mention: ["ORD-1003", "ORD-1001"] },
      { say: "the espresso one", mention: ["ORD-1002", "delivered"] },
      { say: "can i still return it?", mention: ["ORD-1002"], proposes: "return_item" },
      {
        // Was three catalogue headphones and "which one do you mean?".
        say: "what about the headphones?",
        mention: ["ORD-1001", "once it's delivered"],
        avoid: ["Studio Monitor Headphones", "Which one"],
        proposes: null,
      },
    ],
  },
  {
    name: "29th round: 'no the headphones' to 1002's return says when the headphones can go back",
    who: SARAH,
    style: "which item, answered with a no",
    turns: [
      { say: "i want to return my order", mention: ["ORD-1002"], proposes: "return_item" },
      {
        // Was read as a plain no: "I won't start the return of order ORD-1002".
        say: "no the headphones",
        mention: ["ORD-1001", "once it's delivered"],
        proposes: null,
      },
      { say: "ok when will they arrive", facts: [{ order: "ORD-1001", field: "tracking" }] },
    ],
  },
  {
    name: "29th round: '#10002' is asked back as ORD-1002; 'yes' then tells ORD-1002's news",
    who: SARAH,
    style: "a digit too many, then a yes",
    turns: [
      {
        // Was "Could you check the number?" alone; the yes after it asked what we could help with.
        say: "is #10002 delivered?",
        mention: ["did you mean ORD-1002"],
        avoid: ["Espresso Machine"],
      },
      { say: "yes", mention: ["ORD-1002", "delivered"], avoid: ["what would you like"] },
      { say: "can i return it", mention: ["ORD-1002"], proposes: "return_item" },
      { say: "no, just checking", avoid: ["Done"], proposes: null },
    ],
  },
  {
    name:
      "29th round: 'cancel order 10003', 'yes' to ORD-1003 offered, 'yes' cancels ORD-1003 only",
    who: SARAH,
    style: "a digit too many, then two yeses",
    turns: [
      { say: "cancel order 10003", mention: ["did you mean ORD-1003"], proposes: null },
      { say: "yes", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
];
