/**
 * The twenty-first round (the talk21 branch): changes to an order, second pass — items in
 * shoppers' words ("tree bottles", "one less", "double", "to zero", every item removed), a
 * size swap, a count corrected back to what it was, addresses with a flat first or abroad, a
 * refused address carried to another order, speed-ups asked as "overnight my monitor" or by
 * their fee, two changes of one order in one message, a change called off before its yes, and
 * the orders still to come and the money spent. The ledger is read after every conversation.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
/** The whole price list of speeds, which a change with its own question must not open with. */
const PRICE_LIST = "Standard|options are";

/** The twenty-first round's conversations: changes of items, addresses, speed, lists of orders. */
export const TALK21: Conversation[] = [
  {
    name:
      "21st round: Mike's address refused for the shipped keyboard, carried to the monitor order",
    who: MIKE,
    style: "a refused change carried to another order",
    turns: [
      {
        say: "change the shipping address on my keyboard order to 5 Elm St, Leeds LS1 4AB",
        mention: ["ORD-2001", "already shipped"],
        proposes: null,
      },
      {
        // Was "What's the new address?" — the address had been given.
        say: "ok then change it on the monitor order",
        mention: ["ORD-2002", "Leeds"],
        avoid: ["What's the new address", "street, city"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-2002" }],
  },
  {
    name: "21st round: Mike's refused address, then 'what about 2002?' proposes it there",
    who: MIKE,
    style: "terse follow-up by number",
    turns: [
      {
        say: "pls send my keyboard to 400 Main St, Austin TX 78701 instead",
        mention: ["ORD-2001"],
        proposes: null,
      },
      {
        say: "what about 2002?",
        mention: ["ORD-2002", "Austin"],
        avoid: ["What's the new address"],
        proposes: "change_address",
      },
      { say: "no leave it", proposes: null, avoid: ["Done"] },
    ],
    changes: [],
  },
  {
    name: "21st round: 'wait make it two' while 2 → 3 bottles waits: nothing to change, dropped",
    who: SARAH,
    style: "a count corrected back",
    turns: [
      {
        say: "change my water bottles on ORD-1003 to 3",
        mention: ["from 2 to 3"],
        proposes: "modify_items",
      },
      {
        // Was "Which item would you like to change, and to what quantity?".
        say: "wait make it two",
        mention: ["already has 2× Insulated Water Bottle", "dropped"],
        avoid: ["Which item", "what quantity"],
        proposes: null,
      },
      { say: "yes", avoid: ["Done", "new total"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "21st round: a new address and a speed-up in one message, the address asked first",
    who: SARAH,
    style: "two changes, the address missing",
    turns: [
      {
        // Was the speed-up proposed and the address asked in the same breath; the address
        // that came next was then "not sure whether that's a yes or a no".
        say: "change the address on 1003 and also speed it up",
        mention: ["What's the new address", "speeding up the delivery once this is settled"],
        avoid: [PRICE_LIST, "upgrade order ORD-1003"],
        proposes: null,
      },
      {
        say: "12 Baker Street, London W1U 6TY",
        mention: ["London"],
        avoid: ["yes or a no"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address", "speeding up"], proposes: null },
      { say: "yes", mention: ["express", "no fee"], proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [
      { action: "change_address", target: "ORD-1003" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "21st round: Sarah's orders, 'which ones are still coming?', 'and the total i spent?'",
    who: SARAH,
    style: "casual list follow-ups",
    turns: [
      { say: "show me my orders", mention: ["ORD-1001", "ORD-1002", "ORD-1003"] },
      {
        // Was all three listed again, the delivered espresso order too.
        say: "which ones are still coming?",
        mention: ["still to come", "ORD-1003", "ORD-1001"],
        avoid: ["ORD-1002"],
      },
      {
        // Was "would you like to sort out a payment problem?".
        say: "and the total i spent?",
        mention: ["869\\.00 USD"],
        avoid: ["payment problem", "Just to make sure"],
      },
    ],
    changes: [],
  },
  {
    name: "21st round: Mike asks what he spent (the unpaid monitor apart) and what's on its way",
    who: MIKE,
    style: "terse",
    turns: [
      {
        say: "how much have i spent with you in total?",
        mention: ["109\\.00 USD", "ORD-2002 is still waiting for payment"],
        avoid: ["438"],
      },
      {
        say: "what's still on its way?",
        mention: ["still to come", "ORD-2001", "ORD-2002"],
        avoid: ["Which order would you like"],
      },
      { say: "ok thanks", avoid: ["Which order"] },
    ],
    changes: [],
  },
  {
    name: "21st round: Emma asks which orders are still coming: the lost vacuum said, not listed",
    who: EMMA,
    style: "plain question",
    turns: [
      {
        say: "which of my orders are still coming",
        mention: ["None of your orders is still to come", "ORD-3001", "lost"],
        avoid: ["on its way", "in transit"],
        handoff: "none",
      },
      { say: "whats the total i spent", mention: ["662\\.99 USD"], avoid: ["payment problem"] },
      { say: "ok", avoid: ["Just to make sure"] },
    ],
    changes: [],
  },
  {
    name: "21st round: the wrong size shoes: the shoes' removal proposed, and 'ok do it' does it",
    who: SARAH,
    style: "casual, exclamation",
    turns: [
      {
        say: "hi! i ordered the wrong size shoes, can i swap them for a 9?",
        mention: ["size or colour", "Trail Running Shoes off", "cancel the whole order"],
        proposes: "modify_items",
      },
      {
        // Was "There's nothing waiting for a yes from me right now".
        say: "ok do it",
        mention: ["ORD-1003", "new total is 68\\.00 USD"],
        avoid: ["nothing waiting"],
        proposes: null,
      },
      { say: "thanks!", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "21st round: 'make it tree bottles on 1003' (a count misspelt) is 3 bottles",
    who: SARAH,
    style: "typo",
    turns: [
      {
        // Was "would you like to change the items of an order, or check where an order is?".
        say: "make it tree bottles on 1003",
        mention: ["from 2 to 3"],
        avoid: ["Just to make sure"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["226\\.00 USD"], proposes: null },
      { say: "thx", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "21st round: 'one less water bottle pls on my processing order' is 2 → 1",
    who: SARAH,
    style: "terse, pls",
    turns: [
      {
        say: "one less water bottle pls on my processing order",
        mention: ["ORD-1003", "from 2 to 1"],
        avoid: ["Just to make sure"],
        proposes: "modify_items",
      },
      { say: "yep", mention: ["158\\.00 USD"], proposes: null },
      { say: "cheers", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "21st round: 'can I double the water bottles on 1003' is 2 → 4, not the bottle's price",
    who: SARAH,
    style: "a count by a word",
    turns: [
      {
        say: "can I double the water bottles on 1003",
        mention: ["from 2 to 4"],
        avoid: ["in stock", "warranty"],
        proposes: "modify_items",
      },
      { say: "yes please", mention: ["260\\.00 USD"], proposes: null },
      { say: "great", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "21st round: 'set the water bottles to zero on ORD-1003' removes them",
    who: SARAH,
    style: "a count of zero",
    turns: [
      {
        say: "set the water bottles to zero on ORD-1003",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["in stock", "warranty"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["124\\.00 USD"], proposes: null },
      { say: "thank you", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
];
