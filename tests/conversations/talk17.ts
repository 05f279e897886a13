/**
 * The seventeenth round (the talk17 branch): two and three requests in one message, a change
 * asked while another waits for a yes, and orders named by when they were placed ("the one
 * from last week", "the order I placed yesterday", "the order from 2 weeks ago") — read
 * against the turn's clock and the orders' own days. The ledger after each yes holds exactly
 * what was agreed, in order.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const ASKED_AGAIN = "whether that's a yes or a no";
const CLARIFY = "Just to make sure";

/** The seventeenth round's conversations: several requests and changes of an order. */
export const TALK17: Conversation[] = [
  {
    name: "17th round: Sarah asks if the shoes shipped and adds a water bottle 'to it'",
    who: SARAH,
    style: "two questions, lower case",
    turns: [
      {
        say: "is my shoe order shipped? and can i add a water bottle to it",
        mention: ["ORD-1003", "Insulated Water Bottle from 2 to 3"],
        avoid: [CLARIFY, "cart", "product page"],
        facts: [{ order: "ORD-1003", field: "status" }],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], avoid: [ASKED_AGAIN], proposes: null },
      { say: "thanks!", avoid: ["as follows", ASKED_AGAIN] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "17th round: Sarah's 'also can i add another bottle to that one' names the bottle",
    who: SARAH,
    style: "status, then a change of the same order",
    turns: [
      {
        say: "where are my shoes? also can i add another bottle to that one",
        mention: ["Insulated Water Bottle from 2 to 3"],
        avoid: ["Which item would you like to change", CLARIFY],
        proposes: "modify_items",
      },
      { say: "yep", proposes: null },
      { say: "cool ty", avoid: ["as follows"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "17th round: Mike turns from cancelling ORD-2002 to paying for it instead",
    who: MIKE,
    style: "changes his mind mid-proposal",
    turns: [
      { say: "cancel 2002", proposes: "cancel_order" },
      {
        say: "wait actually can I just pay for it instead",
        mention: ["ORD-2002", "waiting for its payment", "nothing has been changed"],
        avoid: [CLARIFY, "or get a refund"],
        facts: [{ order: "ORD-2002", field: "total" }],
        proposes: null,
      },
      { say: "yes", avoid: ["cancelled"], proposes: null },
      { say: "ok thanks", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "17th round: Mike's 'pay for monitor how' is how to pay the monitor's order",
    who: MIKE,
    style: "terse, word order scrambled",
    turns: [
      {
        say: "pay for monitor how",
        mention: ["ORD-2002", "waiting for its payment"],
        facts: [{ order: "ORD-2002", field: "total" }],
        proposes: null,
      },
      {
        say: "how do i pay for my keyboard",
        mention: ["ORD-2001", "already paid"],
        avoid: ["ORD-2002 .*waiting for its payment"],
        proposes: null,
      },
      { say: "ok cheers", avoid: ["waiting for its payment"] },
    ],
  },
  {
    name:
      "17th round: Mike's 'the one from last week' is the keyboard, 'the other one' the monitor",
    who: MIKE,
    style: "orders named by when they were placed",
    turns: [
      {
        say: "what about the one from last week",
        mention: ["ORD-2001"],
        avoid: [CLARIFY, "ORD-2002"],
        facts: [{ order: "ORD-2001", field: "status" }],
      },
      {
        say: "and the other one?",
        mention: ["ORD-2002"],
        facts: [{ order: "ORD-2002", field: "status" }],
      },
      { say: "thanks", avoid: [CLARIFY] },
    ],
  },
  {
    name: "17th round: Sarah's 'whats up with the one from last week' is the headphones",
    who: SARAH,
    style: "slangy, no question mark",
    turns: [
      {
        say: "whats up with the one from last week",
        mention: ["ORD-1001"],
        avoid: [CLARIFY, "Do you mean"],
        facts: [{ order: "ORD-1001", field: "status" }, { order: "ORD-1001", field: "tracking" }],
      },
      {
        say: "and the one from 2 weeks ago?",
        mention: ["ORD-1002"],
        avoid: [CLARIFY],
        facts: [{ order: "ORD-1002", field: "status" }],
      },
      { say: "ok thx", avoid: [CLARIFY] },
    ],
  },
  {
    name: "17th round: Sarah cancels 'the order I placed yesterday' — ORD-1003, once",
    who: SARAH,
    style: "order named by its day",
    turns: [
      {
        say: "the order I placed yesterday, can I still cancel it",
        mention: ["ORD-1003"],
        avoid: [CLARIFY, "ORD-1001"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "great thank you", avoid: [ASKED_AGAIN] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "17th round: Emma cancels 'yesterday's order' — she placed none yesterday",
    who: EMMA,
    style: "a day no order fits",
    turns: [
      {
        say: "cancel yesterday's order",
        mention: ["can't see an order of yours placed then", "ORD-3002", "ORD-3001"],
        avoid: ["ORD-3001 already shipped", "cancelling is only possible"],
        proposes: null,
      },
      {
        say: "the mixer one, can it still be cancelled?",
        mention: ["ORD-3002", "delivered", "return"],
        proposes: "return_item",
      },
      { say: "no thanks", avoid: ["return for order ORD-3002 is open"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "17th round: Emma's 'the order from 2 weeks ago' is the lost vacuum, refunded once",
    who: EMMA,
    style: "order named by its age",
    turns: [
      {
        say: "the order from 2 weeks ago, where is it",
        mention: ["ORD-3001", "lost"],
        avoid: [CLARIFY, "ORD-3002"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
      },
      { say: "refund it please", mention: ["ORD-3001"], proposes: "refund" },
      { say: "yes", mention: ["refunded"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "17th round: Mike asks for 'the order i placed 3 weeks ago' — there is none",
    who: MIKE,
    style: "a day no order fits, then goods",
    turns: [
      {
        say: "where's the order i placed 3 weeks ago",
        mention: ["can't see an order of yours placed then", "ORD-2001", "ORD-2002"],
        avoid: ["carrier's current estimate"],
      },
      {
        say: "oh the keyboard one",
        mention: ["ORD-2001"],
        facts: [{ order: "ORD-2001", field: "status" }],
      },
      { say: "thx", avoid: [CLARIFY] },
    ],
  },
  {
    name: "17th round: Sarah asks three things: where 1001 is, cancel 1003, PayPal",
    who: SARAH,
    style: "three requests, commas",
    turns: [
      {
        say: "where is ORD-1001, cancel ORD-1003 and do you take paypal",
        mention: ["ORD-1001", "ORD-1003", "PayPal"],
        avoid: ["ORD-1001 already shipped", "cancelling is only possible"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
      { say: "thanks", avoid: ["ORD-1001.*cancel"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "17th round: Sarah's 'the order I placed 2 days ago' — the days told, the headphones picked",
    who: SARAH,
    style: "order named by its day, two near it",
    turns: [
      { say: "the order I placed 2 days ago", mention: ["ORD-1001"], avoid: [CLARIFY] },
      {
        say: "the headphones one",
        mention: ["ORD-1001"],
        facts: [{ order: "ORD-1001", field: "status" }],
      },
      { say: "thanks", avoid: [CLARIFY] },
    ],
  },
  {
    name: "17th round: Mike asks about last week's order and paying 'the other one' with PayPal",
    who: MIKE,
    style: "two questions, orders named by day and by 'the other one'",
    turns: [
      {
        say:
          "whats going on with my order from last week and can i pay for the other one with paypal",
        mention: ["ORD-2001", "To pay order ORD-2002", "PayPal"],
        avoid: ["Just to make sure"],
        facts: [{ order: "ORD-2001", field: "tracking" }, { order: "ORD-2002", field: "total" }],
      },
      { say: "ok cool", avoid: ["Just to make sure"] },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
  },
];
