/**
 * Conversations of the eighth round (the talk8 branch): payments (paid but still pending,
 * declined, charged twice, how long a transfer takes), corrections and take-backs right
 * after a change, listing one's orders, and guests asked to sign in.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper@example.net";

/** The eighth round's conversations (the talk8 branch). */
export const TALK8: Conversation[] = [
  {
    name:
      "8th round: Mike paid 2002 by bank transfer; how long a transfer takes is told, not how to pay",
    who: MIKE,
    style: "paid but still pending, then a follow-up question",
    turns: [
      {
        say: "I paid for ORD-2002 three days ago but it still says pending payment",
        mention: ["ORD-2002", "haven't received"],
        facts: [{ order: "ORD-2002", field: "total" }],
        proposes: null,
        handoff: "none",
      },
      {
        say: "I paid by bank transfer",
        mention: ["bank transfer for order ORD-2002", "few business days", "hold the order until"],
        avoid: ["Yes, we accept bank transfer", "Choose Bank transfer at checkout"],
        proposes: null,
      },
      {
        say: "ok. how long does a bank transfer usually take?",
        mention: ["few business days", "7 days", "cancelled"],
        avoid: ["Choose Bank transfer at checkout"],
        proposes: null,
        handoff: "none",
      },
    ],
    changes: [],
  },
  {
    name: "8th round: Mike 'sent the transfer on monday' for the unpaid order, terse",
    who: MIKE,
    style: "terse, lower case",
    turns: [
      { say: "my order 2002 still says awaiting payment", mention: ["ORD-2002"], proposes: null },
      {
        say: "i already sent the transfer on monday",
        mention: ["ORD-2002", "few business days", "trace"],
        avoid: ["outside what I can help", "support assistant"],
        proposes: null,
      },
      {
        say: "how long do bank transfers take",
        mention: ["few business days"],
        avoid: ["outside what I can help"],
      },
    ],
    changes: [],
  },
  {
    name:
      "8th round: paid with PayPal but still pending: a colleague can trace it, nothing changed",
    who: MIKE,
    style: "chat slang, double question marks",
    turns: [
      {
        say: "paid with paypal but order still pending??",
        mention: ["PayPal", "ORD-2002", "trace"],
        avoid: ["Yes, we accept"],
        proposes: null,
      },
      { say: "ok ty", avoid: ["ORD-2002 is cancelled"], proposes: null },
      { say: "bye", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "8th round: a declined card, then 'can i use paypal instead' says how to pay 2002 with it",
    who: MIKE,
    style: "payment declined",
    turns: [
      {
        say: "my card got declined for 2002",
        mention: ["ORD-2002", "nothing has been charged"],
        proposes: null,
      },
      {
        say: "can i use paypal instead",
        mention: ["PayPal", "To pay order ORD-2002"],
        facts: [{ order: "ORD-2002", field: "total" }],
        proposes: null,
      },
      { say: "ok thx", proposes: null, handoff: "none" },
    ],
    changes: [],
  },
  {
    name:
      "8th round: charged twice for the keyboard goes to a person with the payment, not the parcel",
    who: MIKE,
    style: "charged twice",
    turns: [
      {
        say: "i got charged twice for 2001",
        mention: ["ORD-2001", "one payment"],
        avoid: ["tracking number", "Memphis"],
        facts: [{ order: "ORD-2001", field: "total" }],
        handoff: "new",
      },
      { say: "how long will that take", handoff: "same" },
      { say: "ok thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "8th round: Sarah adds a bottle, then 'actually no wait, make it 2 more' proposes 3 → 4",
    who: SARAH,
    style: "correction after a change",
    turns: [
      {
        say: "can i add another water bottle to the shoes order",
        proposes: "modify_items",
        mention: ["from 2 to 3"],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
      {
        say: "actually no wait, make it 2 more",
        proposes: "modify_items",
        mention: ["from 3 to 4", "2 more than the 2 it had before"],
        avoid: ["^No problem\\."],
      },
      { say: "yes", proposes: null, mention: ["ORD-1003"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003", times: 2 }],
  },
  {
    name: "8th round: 'oops I meant 4' after a bottle was added is proposed, and a no leaves 3",
    who: SARAH,
    style: "correction declined",
    turns: [
      { say: "add a water bottle to 1003", proposes: "modify_items", mention: ["from 2 to 3"] },
      { say: "yes", proposes: null },
      { say: "oops I meant 4", proposes: "modify_items", mention: ["from 3 to 4"] },
      { say: "no", proposes: null, avoid: ["now has the changes"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "8th round: 'no I said 2' after one bottle was added proposes 2 more than before",
    who: SARAH,
    style: "terse correction",
    turns: [
      { say: "add a water bottle to 1003", proposes: "modify_items" },
      { say: "yes", proposes: null },
      { say: "no I said 2", proposes: "modify_items", mention: ["from 3 to 4"] },
      { say: "yes", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003", times: 2 }],
  },
  {
    name: "8th round: 'can you undo that' after a bottle was added proposes it back to 2",
    who: SARAH,
    style: "take-back after a change",
    turns: [
      { say: "add a water bottle to 1003", proposes: "modify_items" },
      { say: "yes", proposes: null },
      {
        say: "can you undo that",
        proposes: "modify_items",
        mention: ["from 3 to 2", "as it was before"],
      },
      { say: "yes", proposes: null },
      { say: "thanks", proposes: null, avoid: ["now has the changes"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003", times: 2 }],
  },
  {
    name: "8th round: the shoes removed, then 'wait no put them back' proposes them back",
    who: SARAH,
    style: "take-back in slang",
    turns: [
      { say: "pls remove the shoes from 1003", proposes: "modify_items", mention: ["remove"] },
      { say: "yes", proposes: null },
      { say: "wait no put them back", proposes: "modify_items", mention: ["from 0 to 1"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "8th round: Sarah's 'whats in my orders' lists each order with its items and state",
    who: SARAH,
    style: "list of orders, no punctuation",
    turns: [
      {
        say: "whats in my orders",
        mention: ["ORD-1001", "ORD-1002", "ORD-1003", "Espresso Machine", "Trail Running Shoes"],
        facts: [
          { order: "ORD-1002", field: "status" },
          { order: "ORD-1003", field: "total" },
        ],
        avoid: ["would you like to change the items", "Just to make sure"],
        proposes: null,
      },
      {
        say: "where is the headphones one",
        mention: ["ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: null,
      },
      { say: "thx", proposes: null },
    ],
    changes: [],
  },
  {
    name: "8th round: 'what did i order last month' lists the orders of that month only",
    who: SARAH,
    style: "a period named",
    turns: [
      {
        say: "what did i order last month",
        mention: ["ORD-1002", "last month"],
        avoid: ["ORD-1003", "Which order"],
        proposes: null,
      },
      {
        say: "and what orders do i have",
        mention: ["ORD-1001", "ORD-1002", "ORD-1003"],
        proposes: null,
      },
      { say: "ok cool", proposes: null },
    ],
    changes: [],
  },
  {
    name: "8th round: a guest asked to sign in asks 'why not', then 'how do i sign in'",
    who: GUEST,
    style: "guest, terse",
    turns: [
      { say: "where is my order", mention: ["sign in"], proposes: null },
      {
        say: "why not",
        mention: ["signed-in customer", "email address you ordered with"],
        avoid: ["No problem", "outside what I can help"],
        proposes: null,
      },
      {
        say: "how do i sign in",
        mention: ["one-time code"],
        avoid: ["Forgot password"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "8th round: a guest asking about Emma's order asks 'why do you need that': nothing of hers",
    who: GUEST,
    style: "guest, another customer's order number",
    turns: [
      {
        say: "wheres ORD-3001",
        mention: ["sign in"],
        avoid: ["Robot Vacuum", "lost", "313.99"],
        proposes: null,
      },
      {
        say: "why do you need that",
        mention: ["signed-in customer"],
        avoid: ["Robot Vacuum", "lost", "support assistant"],
        proposes: null,
      },
      {
        say: "cancel it then",
        avoid: ["Robot Vacuum", "cancelled"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "8th round: Emma's orders listed, then a refund of the lost one is agreed once",
    who: EMMA,
    style: "list then a change",
    turns: [
      {
        say: "show me my orders",
        mention: ["ORD-3001", "ORD-3002"],
        proposes: null,
      },
      { say: "refund the vacuum", proposes: "refund", mention: ["ORD-3001"] },
      { say: "yes", proposes: null, mention: ["refund"] },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "8th round: Emma's refund made, then 'it's not there yet' is about the money, not the parcel",
    who: EMMA,
    style: "refund not arrived yet",
    turns: [
      { say: "refund the vacuum", proposes: "refund", mention: ["ORD-3001"] },
      { say: "yes", proposes: null, mention: ["refunded"] },
      {
        say: "when do i get my money back",
        mention: ["ORD-3001", "business days"],
        proposes: null,
      },
      {
        say: "it's not there yet",
        mention: ["issued today", "business days"],
        avoid: ["investigation", "FedEx"],
        proposes: null,
      },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name:
      "8th round: Mike cancels 2002, then 'oops wrong one, i meant the keyboard': shipped, no investigation",
    who: MIKE,
    style: "wrong order after a change",
    turns: [
      { say: "cancel 2002", proposes: "cancel_order", mention: ["ORD-2002"] },
      { say: "yes", proposes: null, mention: ["ORD-2002 is cancelled"] },
      {
        say: "oops wrong one, i meant the keyboard",
        mention: ["ORD-2001", "shipped", "ORD-2002 is cancelled"],
        avoid: ["investigation", "ORD-2001 is cancelled"],
        proposes: null,
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
];
