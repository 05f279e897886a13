/**
 * The twenty-first round, continued: every item removed, addresses abroad and with a flat
 * first, a change called off before its yes, speed-ups by "overnight" and by their fee, and two
 * changes of one order in one message.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";

/** The twenty-first round's conversations, continued. */
export const TALK21_MORE: Conversation[] = [
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
  {
    name: "21st round: 'wait no 4' while 2 → 5 bottles waits: 4 proposed, the yes makes it 4",
    who: SARAH,
    style: "a no that corrects a count",
    turns: [
      {
        say: "change the qty of bottles on 1003 to 5 pls",
        mention: ["from 2 to 5"],
        proposes: "modify_items",
      },
      {
        // Was a plain no ("I won't change the items"): the 4 she asked for was lost.
        say: "wait no 4",
        mention: ["from 2 to 4"],
        avoid: ["I won't change", "Which item"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["260\\.00 USD"], avoid: ["294"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "21st round: Emma asks to add another mixer to her delivered order: a new order, no return",
    who: EMMA,
    style: "more of a delivered order",
    turns: [
      {
        // Was a return of the mixer proposed, which her "ok" then opened.
        say: "can i add another mixer to my order",
        mention: ["ORD-3002", "delivered", "new order"],
        avoid: ["start a return"],
        proposes: null,
        handoff: "none",
      },
      { say: "ok", avoid: ["return"], proposes: null },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
    changes: [],
  },
  {
    name:
      "21st round: Emma's new address for her delivered mixer: nothing to re-address, no return",
    who: EMMA,
    style: "an address change after delivery",
    turns: [
      {
        say: "change the address for my mixer order to 3 Rose Lane, York YO1 7HH",
        mention: ["ORD-3002", "delivered to the address on the order"],
        avoid: ["start a return"],
        proposes: null,
      },
      { say: "hmm ok", avoid: ["return", "yes or a no"], proposes: null },
      { say: "bye", avoid: ["Just to make sure"] },
    ],
    changes: [],
  },
  {
    name: "21st round: Mike's new address and 'and expedite it' in one message, one yes each",
    who: MIKE,
    style: "two changes, the second after 'and'",
    turns: [
      {
        // Was the address alone: the speed-up dropped.
        say:
          "can you change the address on ORD-2002 to 77 Lake Shore Dr, Chicago IL 60601 and expedite it",
        mention: ["Chicago", "speeding up the delivery once this is settled"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address", "speeding up"], proposes: null },
      { say: "yes", mention: ["9\\.99 USD"], proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [
      { action: "change_address", target: "ORD-2002" },
      { action: "expedite_order", target: "ORD-2002" },
    ],
  },
  {
    name: "21st round: the bottles removed, then 'and the shoes too': the order's cancellation",
    who: SARAH,
    style: "the last item removed after the first",
    turns: [
      {
        say: "i want to remove both water bottles from order 1003",
        mention: ["remove the Insulated Water Bottle"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["124\\.00 USD"], proposes: null },
      {
        // Was the status of the order ("We're preparing order ORD-1003").
        say: "and the shoes too",
        mention: ["Trail Running Shoes off", "leaves nothing to send", "cancel"],
        avoid: ["We're preparing"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-1003" },
      { action: "cancel_order", target: "ORD-1003" },
    ],
  },
  {
    name:
      "21st round: 'remove the water bottles from 1003', then the shoes: no refusal after the yes",
    who: SARAH,
    style: "terse, one item at a time",
    turns: [
      {
        // Was "would you like to change the items of an order, or change your account?".
        say: "remove the water bottles from 1003",
        mention: ["remove the Insulated Water Bottle"],
        avoid: ["Just to make sure"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["124\\.00 USD"], proposes: null },
      {
        // Was the shoes' removal proposed and refused by the store after the yes ("empty").
        say: "remove the shoes from 1003",
        mention: ["leaves nothing to send"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled"], avoid: ["couldn't"], proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-1003" },
      { action: "cancel_order", target: "ORD-1003" },
    ],
  },
  {
    name:
      "21st round: 'remove the frother from ORD-1002' once delivered: the frother's return only",
    who: SARAH,
    style: "a change of a delivered order said plainly",
    turns: [
      {
        // Was the whole order's return offered (the espresso machine too).
        say: "remove the frother from ORD-1002",
        mention: ["delivered", "return of the Milk Frother"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return", "label"], proposes: null },
      { say: "thanks", avoid: ["Just to make sure"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
];
