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
  {
    name: "21st round: the shoes and the bottles removed is the order's cancellation, said so",
    who: SARAH,
    style: "every item removed",
    turns: [
      {
        // Was "Which item would you like to change, and to what quantity?".
        say: "remove the shoes and the bottles from 1003",
        mention: ["leaves nothing to send", "cancel"],
        avoid: ["Which item"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "21st round: a Canadian address with the flat first is proposed whole",
    who: SARAH,
    style: "an address abroad, apartment first",
    turns: [
      {
        // Was "I have the street of the new address. What's the town or city and the postcode".
        say:
          "pls change the delivery address for ORD-1003 to Apt 4B, 221 King Street, Toronto ON M5H 1J9, Canada",
        mention: ["Toronto"],
        avoid: ["town or city", "postcode"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"], proposes: null },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "21st round: 'ship 1003 to … Paris, France instead' is the address, not asked again",
    who: SARAH,
    style: "an address in another country, 'instead' after it",
    turns: [
      {
        say: "ship 1003 to 15 Rue de Rivoli, 75001 Paris, France instead",
        mention: ["Paris"],
        avoid: ["What's the new address"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"], proposes: null },
      { say: "ty", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "21st round: 'actually undo that' before the yes turns the bottles' change down",
    who: SARAH,
    style: "undo before the yes",
    turns: [
      { say: "can you add another water bottle to 1003", proposes: "modify_items" },
      {
        // Was "I'm not sure whether that's a yes or a no" — and the next yes made it 3.
        say: "actually undo that",
        mention: ["nothing has been changed"],
        avoid: ["yes or a no"],
        proposes: null,
      },
      { say: "yes", avoid: ["Done", "new total"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "21st round: 'scrap that' after a new address was proposed, then where the order is",
    who: SARAH,
    style: "a change called off",
    turns: [
      {
        say: "change the address on 1003 to 8 Mill Road, Cambridge CB1 2AD",
        mention: ["Cambridge"],
        proposes: "change_address",
      },
      { say: "scrap that", mention: ["nothing has been changed"], proposes: null },
      { say: "where is it now", mention: ["ORD-1003", "hasn't shipped"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "21st round: 'overnight my monitor pls' is the overnight upgrade with its fee",
    who: MIKE,
    style: "a speed as the verb",
    turns: [
      {
        // Was "I'm not sure what you'd like me to do with order ORD-2002".
        say: "overnight my monitor pls",
        mention: ["ORD-2002", "overnight", "19\\.99 USD"],
        avoid: ["not sure what you'd like"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["upgraded", "19\\.99 USD"], proposes: null },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "expedite_order", target: "ORD-2002" }],
  },
  {
    name: "21st round: 'how much to overnight the monitor?' is the upgrade's fee, not its price",
    who: MIKE,
    style: "the fee asked",
    turns: [
      {
        // Was the monitor's price and that it is sold out.
        say: "how much to overnight the monitor?",
        mention: ["19\\.99 USD", "ORD-2002"],
        avoid: ["sold out", "329\\.00"],
        proposes: "expedite_order",
      },
      { say: "nah too much", proposes: null, avoid: ["Done"] },
      { say: "ok bye", avoid: ["Just to make sure"] },
    ],
    changes: [],
  },
  {
    name:
      "21st round: 'upgrade my shoes order to express. do i pay for it?': no fee, not ways to pay",
    who: SARAH,
    style: "a change and its fee asked",
    turns: [
      {
        // Was the ways to pay beside the upgrade.
        say: "upgrade my shoes order to express. do i pay for it?",
        mention: ["gold member", "no fee"],
        avoid: ["PayPal", "bank transfer"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["upgraded"], proposes: null },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "21st round: 'add 2 bottles to 1003 and ship it to …': two changes, one yes each",
    who: SARAH,
    style: "two changes of one order in one message",
    turns: [
      {
        // Was the address alone: the bottles dropped.
        say: "add 2 bottles to 1003 and ship it to 8 Mill Road, Cambridge CB1 2AD",
        mention: ["from 2 to 4", "delivery address once this is settled"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["260\\.00 USD", "delivery address"], proposes: null },
      { say: "yes", mention: ["Cambridge"], proposes: "change_address" },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-1003" },
      { action: "change_address", target: "ORD-1003" },
    ],
  },
  {
    name: "21st round: Sarah's email reduces the bottles to one and asks it faster",
    who: SARAH,
    style: "long polite email, two changes",
    turns: [
      {
        // Was "how many would you like in total?", the bottle's price and "add it to your cart".
        say:
          "Hello, I placed order ORD-1003 and I'd like to reduce the water bottles to one and also have it delivered faster if possible. Thank you, Sarah",
        mention: ["from 2 to 1", "speeding up the delivery once this is settled"],
        avoid: ["cart", "How many would you like"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["158\\.00 USD", "speeding up"], proposes: null },
      { say: "yes", mention: ["express", "no fee"], proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-1003" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "21st round: a flat written before the street is kept, and the change lands once",
    who: SARAH,
    style: "UK address, flat first",
    turns: [
      {
        say: "new address for my shoe order: Flat 3, 10 Downing Street, London SW1A 2AA",
        mention: ["London"],
        proposes: "change_address",
      },
      { say: "yes pls", mention: ["new address"], proposes: null },
      { say: "yes", avoid: ["Done"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name:
      "21st round: Sarah's shipped headphones can't be re-addressed; the shoes can, same address",
    who: SARAH,
    style: "a shipped order said plainly, then carried on",
    turns: [
      {
        say: "can you change the address on my headphones order to 9 High St, Bath BA1 1AA",
        mention: ["ORD-1001", "already shipped", "UPS"],
        proposes: null,
      },
      {
        say: "ok then change it on the shoe order",
        mention: ["ORD-1003", "Bath"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
];
