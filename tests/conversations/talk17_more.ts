/**
 * The seventeenth round, continued: a change asked while another waits (added beside it,
 * said instead of it, or a question about another order), a speed-up of a delivered order,
 * and two changes of one message carried out one yes at a time, in the order asked.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const ASKED_AGAIN = "whether that's a yes or a no";

/** More of the seventeenth round's conversations. */
export const TALK17_MORE: Conversation[] = [
  {
    name: "17th round: Sarah's two things — 2 more bottles on 1003 and rush it — one yes each",
    who: SARAH,
    style: "two changes in one message",
    turns: [
      {
        say: "hey so two things: can i get 2 more water bottles on 1003, and can you rush it",
        mention: ["Insulated Water Bottle from 2 to 4", "speeding up"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["You also asked about speeding up"], proposes: null },
      { say: "yes", mention: ["express"], proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-1003" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "17th round: 'also where is my headphones order' while 1003's cancellation waits",
    who: SARAH,
    style: "a question beside a waiting change",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "also where is my headphones order",
        mention: ["ORD-1001", "shall I cancel order ORD-1003"],
        avoid: ["cancelling is only possible", "remove"],
        facts: [{ order: "ORD-1001", field: "status" }],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "17th round: 'just remove the water bottles instead' replaces 1003's cancellation",
    who: SARAH,
    style: "a smaller change said instead",
    turns: [
      { say: "cancel ORD-1003", proposes: "cancel_order" },
      {
        say: "actually can you just remove the water bottles instead",
        mention: ["remove the Insulated Water Bottle"],
        avoid: [ASKED_AGAIN, "shall I cancel"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003 now has the changes"], avoid: ["is cancelled"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "17th round: 'oh and add a water bottle too' while the speed-up waits comes after it",
    who: SARAH,
    style: "an afterthought while a yes is awaited",
    turns: [
      { say: "speed up ORD-1003", proposes: "expedite_order" },
      {
        say: "oh and add a water bottle too",
        mention: ["I'll come to", "upgrade order ORD-1003"],
        avoid: [ASKED_AGAIN],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["upgraded", "You also asked about"], proposes: null },
      { say: "yes", mention: ["Insulated Water Bottle from 2 to 3"], proposes: "modify_items" },
      { say: "yes", mention: ["ORD-1003 now has the changes"], proposes: null },
    ],
    changes: [
      { action: "expedite_order", target: "ORD-1003" },
      { action: "modify_items", target: "ORD-1003" },
    ],
  },
  {
    name: "17th round: an address change for 1003 asked 'also' while a return waits",
    who: SARAH,
    style: "another order's change beside the waiting one",
    turns: [
      { say: "return the espresso machine", proposes: "return_item" },
      {
        say: "and can you also change the address on 1003 to 9 Pine St, Denver CO 80202",
        mention: ["I'll come to changing the delivery address of order ORD-1003", "return"],
        proposes: "return_item",
      },
      {
        say: "yes",
        mention: ["return for order ORD-1002 is open", "You also asked about changing"],
        proposes: null,
      },
      { say: "yes", mention: ["Denver"], proposes: "change_address" },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [
      { action: "return_item", target: "ORD-1002" },
      { action: "change_address", target: "ORD-1003" },
    ],
  },
  {
    name: "17th round: Emma asks to expedite her delivered mixer — nothing left to speed up",
    who: EMMA,
    style: "terse, a change that no longer applies",
    turns: [
      {
        say: "can you expedite ORD-3002",
        mention: ["already delivered", "nothing left to speed up"],
        avoid: ["overnight", "business days"],
        proposes: null,
      },
      {
        say: "speed up my mixer order pls",
        mention: ["ORD-3002", "already delivered"],
        avoid: ["overnight"],
        proposes: null,
      },
      { say: "ah ok thanks", avoid: ["overnight"] },
    ],
    changes: [],
  },
  {
    name: "17th round: Sarah rushes the delivered espresso order, then the shoes",
    who: SARAH,
    style: "txt speak",
    turns: [
      {
        say: "can u rush my espresso machine order",
        mention: ["ORD-1002", "already delivered"],
        avoid: ["Just to make sure", "overnight"],
        proposes: null,
      },
      { say: "then rush the shoes order", mention: ["ORD-1003"], proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "17th round: a new address and a speed-up in one message, each with its own yes",
    who: SARAH,
    style: "two changes, the second raised after the first",
    turns: [
      {
        say:
          "change the address of my shoes order to 12 Oak Street, Portland OR 97201 and also speed it up",
        mention: ["Portland", "speeding up"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address", "You also asked about speeding up"], proposes: null },
      { say: "yes", mention: ["express"], proposes: "expedite_order" },
      { say: "yes", mention: ["upgraded"], proposes: null },
    ],
    changes: [
      { action: "change_address", target: "ORD-1003" },
      { action: "expedite_order", target: "ORD-1003" },
    ],
  },
  {
    name: "17th round: cancel the shoes order and return the espresso — the return declined",
    who: SARAH,
    style: "two changes, the second turned down",
    turns: [
      {
        say: "cancel the shoes order, and return the espresso machine",
        mention: ["ORD-1003", "return"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["cancelled", "You also asked about returning"], proposes: null },
      { say: "yes", mention: ["ORD-1002"], proposes: "return_item" },
      { say: "no actually i'll keep it", avoid: ["return for order ORD-1002 is open"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "17th round: 'cancel the bottles from 1003 and where is my headphones'",
    who: SARAH,
    style: "part of an order cancelled, another order asked after",
    turns: [
      {
        say: "cancel the bottles from 1003 and where is my headphones",
        mention: ["Insulated Water Bottle", "ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003 now has the changes"], proposes: null },
      { say: "thanks", avoid: [ASKED_AGAIN] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "17th round: Mike cancels 'the order i placed this morning', then pays for it instead",
    who: MIKE,
    style: "order named by its day, mind changed",
    turns: [
      {
        say: "the order i placed this morning, can i still cancel it",
        mention: ["ORD-2002"],
        proposes: "cancel_order",
      },
      {
        say: "actually can I just pay for it instead",
        mention: ["waiting for its payment", "nothing has been changed"],
        avoid: ["Just to make sure"],
        proposes: null,
      },
      { say: "thanks", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "17th round: Mike's keyboard has shipped, so 'ok then change it on the monitor order'",
    who: MIKE,
    style: "a refused change carried to another order",
    turns: [
      {
        say: "can i change the address on my keyboard order to 400 Main St, Austin TX 78701",
        mention: ["ORD-2001", "already shipped"],
        proposes: null,
      },
      {
        // Talk21: the address given for the keyboard, proposed (it was asked for again).
        say: "ok then change it on the monitor order",
        mention: ["ORD-2002", "Austin"],
        avoid: ["Which item", "quantity", "What's the new address"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-2002" }],
  },
  {
    name: "17th round: Sarah's email asks when the headphones come and adds a bottle to the shoes",
    who: SARAH,
    style: "long polite email, two requests",
    turns: [
      {
        say:
          "Hi there,\n\nI placed an order a few days ago for some headphones and was wondering when it will arrive. Also, I'd like to add one more water bottle to my other order (the shoes one) if that's still possible.\n\nThanks,\nSarah",
        mention: ["ORD-1001", "Insulated Water Bottle from 2 to 3"],
        avoid: ["Which item would you like to change", "Just tell me if"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: "modify_items",
      },
      { say: "yes please", mention: ["ORD-1003 now has the changes"], proposes: null },
      { say: "thank you!", avoid: ["as follows"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "17th round: 'cancle the headphones and wheres my shoes lol' — no shoes removed",
    who: SARAH,
    style: "typos, slang",
    turns: [
      {
        say: "cancle the headphones and wheres my shoes lol",
        mention: ["ORD-1001", "ORD-1003"],
        avoid: ["remove the Trail Running Shoes"],
        facts: [{ order: "ORD-1003", field: "status" }],
        proposes: null,
      },
      { say: "ok", avoid: ["cancelled", "removed"], proposes: null },
      { say: "thx", avoid: ["cancelled"] },
    ],
    changes: [],
  },
  {
    name: "17th round: three bottles and a new address on 1003 in one message, one yes each",
    who: SARAH,
    style: "two changes of one order",
    turns: [
      {
        say:
          "can you change the water bottles to 3 and also the address to 5 Elm Rd, Seattle WA 98101 on 1003",
        mention: ["Insulated Water Bottle from 2 to 3", "delivery address"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["You also asked about changing the delivery address"] },
      { say: "yes", mention: ["Seattle"], proposes: "change_address" },
      { say: "yes", mention: ["new address"], proposes: null },
    ],
    changes: [
      { action: "modify_items", target: "ORD-1003" },
      { action: "change_address", target: "ORD-1003" },
    ],
  },
];
