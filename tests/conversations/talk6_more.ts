/**
 * More conversations of the sixth round (the talk6 branch): orders and goods — changes of mind,
 * misspelt and terse requests, declined and refused changes, two orders and two numbers in one
 * message, goods said to have arrived before the tracking knows.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const UNCLEAR = "not sure whether that's a yes or a no";

/** More of the sixth round's conversations (the talk6 branch). */
export const TALK6_MORE: Conversation[] = [
  {
    name: "6th round: Mike asks the speed-up's price while it waits, then 'ok do it'",
    who: MIKE,
    style: "question mid-proposal",
    turns: [
      {
        say: "hey can u speed up my keyboard delivery",
        mention: ["ORD-2001"],
        proposes: "expedite_delivery",
      },
      {
        say: "how much is that",
        mention: ["9.99 USD"],
        avoid: [UNCLEAR],
        proposes: "expedite_delivery",
      },
      { say: "ok do it", mention: ["sped up"], proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },
  {
    name: "6th round: Sarah's gold upgrade for the slow headphones, then 'nah forget it'",
    who: SARAH,
    style: "slang, declined",
    turns: [
      {
        say: "the headphones r taking ages can u send them faster",
        mention: ["ORD-1001", "no fee"],
        proposes: "expedite_delivery",
      },
      { say: "nah forget it", mention: ["nothing has been changed"], proposes: null },
      { say: "ok bye", avoid: ["sped up"] },
    ],
    changes: [],
  },
  {
    name: "6th round: 'yeah no' to a cancellation is asked again; 'no, keep it' keeps it",
    who: SARAH,
    style: "yeah no",
    turns: [
      { say: "cancel my shoes order", mention: ["ORD-1003"], proposes: "cancel_order" },
      { say: "yeah no", avoid: ["is cancelled"], proposes: "cancel_order" },
      { say: "no, keep it", mention: ["won't cancel"], proposes: null },
    ],
    changes: [],
  },
  {
    name: "6th round: 'cancel both my orders' cancels the monitor and says the keyboard shipped",
    who: MIKE,
    style: "two orders",
    turns: [
      {
        say: "cancel both my orders",
        mention: ["ORD-2002", "ORD-2001 already shipped"],
        proposes: "cancel_order",
      },
      { say: "ok yes", mention: ["ORD-2002 is cancelled"], proposes: null },
      { say: "and the keyboard, when does it come", mention: ["ORD-2001"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "6th round: 'wheres my vacum cleaner' then 'can u send anothr one' sends the replacement",
    who: EMMA,
    style: "misspelt",
    turns: [
      {
        say: "wheres my vacum cleaner",
        mention: ["ORD-3001", "lost"],
        avoid: ["Just to make sure"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
      },
      {
        say: "can u send anothr one",
        mention: ["send order ORD-3001", "again"],
        avoid: ["nothing to send back"],
        proposes: "replacement",
      },
      { say: "yes pls", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "6th round: 'the one that hasnt shipped' while the cancellation waits points at ORD-1003",
    who: SARAH,
    style: "order pointed at by its state",
    turns: [
      { say: "cancel the order", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "the one that hasnt shipped",
        mention: ["that's order ORD-1003", "shall I cancel"],
        avoid: ["anything else"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "6th round: 'the mixer came broken. return it and refund me' is one refund, nothing put off",
    who: EMMA,
    style: "two words for one remedy",
    turns: [
      {
        say: "the mixer came broken. return it and refund me",
        mention: ["ORD-3002", "349.00 USD"],
        avoid: ["once this is settled"],
        proposes: "refund",
      },
      { say: "yes", mention: ["refunded 349.00 USD"], avoid: ["You also asked"], proposes: null },
      { say: "yes", avoid: ["refunded"] },
    ],
    changes: [{ action: "refund", target: "ORD-3002" }],
  },
  {
    name:
      "6th round: cancelling the delivered espresso order offers the return; 'ok return it then'",
    who: SARAH,
    style: "refused, then the alternative",
    turns: [
      { say: "cancel 1002", mention: ["ORD-1002", "delivered", "return"], proposes: "return_item" },
      { say: "ok return it then", mention: ["return for order ORD-1002 is open"], proposes: null },
      { say: "yes", avoid: ["return for order ORD-1002 is open"] },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "6th round: a gold member's shoes order upgraded to express at no fee",
    who: SARAH,
    style: "terse",
    turns: [
      {
        say: "can u ship 1003 faster",
        mention: ["ORD-1003", "no fee"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["upgraded"], proposes: null },
      { say: "when will it come now", mention: ["ORD-1003"] },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "6th round: one more water bottle, in stock, is added to the shoes order",
    who: SARAH,
    style: "quantity up, in stock",
    turns: [
      {
        say: "can i add one more water bottle to my shoes order",
        mention: ["ORD-1003", "from 2 to 3"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003", "new total"], proposes: null },
      { say: "great thanks", avoid: ["new total"] },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name: "6th round: an angry 'ITS LATE AGAIN' is offered the investigation, then the speed-up",
    who: MIKE,
    style: "capitals, angry",
    turns: [
      {
        say: "I NEED MY KEYBOARD ITS LATE AGAIN",
        mention: ["ORD-2001", "delay"],
        proposes: "carrier_investigation",
      },
      { say: "can you at least speed it up", mention: ["9.99 USD"], proposes: "expedite_delivery" },
      { say: "fine go ahead", mention: ["sped up"], proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },
  {
    name: "6th round: Emma asks after both orders, then 'replace both' sends two replacements",
    who: EMMA,
    style: "two orders, terse",
    turns: [
      {
        say: "where is ORD-3001 and where is ORD-3002",
        mention: ["ORD-3001", "lost", "ORD-3002"],
        facts: [{ order: "ORD-3001", field: "tracking" }],
      },
      {
        say: "replace both",
        mention: ["ORD-3001", "ORD-3002", "One yes covers both"],
        avoid: ["Just to make sure"],
        proposes: "replacement",
      },
      {
        say: "yes",
        mention: ["replacement for order ORD-300[12][\\s\\S]*replacement for order ORD-300[12]"],
        proposes: null,
      },
    ],
    changes: [
      { action: "replacement", target: "ORD-3001" },
      { action: "replacement", target: "ORD-3002" },
    ],
  },
  {
    name: "6th round: 'sure why not' to a return is asked again; the clear yes opens it once",
    who: SARAH,
    style: "sure why not",
    turns: [
      {
        say: "i want to return the espresso machine",
        mention: ["Espresso Machine"],
        proposes: "return_item",
      },
      {
        say: "sure why not",
        avoid: ["return for order ORD-1002 is open"],
        proposes: "return_item",
      },
      { say: "yes", mention: ["return for order ORD-1002 is open"], proposes: null },
    ],
    changes: [{ action: "return_item", target: "ORD-1002" }],
  },
  {
    name: "6th round: 'pay for 2002 and cancel 2001' never proposes cancelling the monitor order",
    who: MIKE,
    style: "two requests, two bare numbers",
    turns: [
      {
        say: "pay for 2002 and cancel 2001",
        mention: ["ORD-2001 already shipped"],
        proposes: null,
      },
      { say: "ok", avoid: ["cancelled"] },
      { say: "so how do i pay for the monitor", mention: ["ORD-2002"] },
    ],
    changes: [],
  },
  {
    name:
      "6th round: 'cancel 2002 and 2003' cancels the monitor and says 2003 is not on the account",
    who: MIKE,
    style: "two orders, one not his",
    turns: [
      {
        say: "cancel 2002 and 2003",
        mention: ["ORD-2002", "(?:couldn't|can't) find (?:an )?(?:order )?ORD-2003"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], proposes: null },
      { say: "my bad, 2003 was my brothers", avoid: ["cancelled"] },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name: "6th round: Emma's lost vacuum refunded after she asks how long it takes",
    who: EMMA,
    style: "question mid-proposal",
    turns: [
      {
        say: "i never got my robot vacuum, pls refund",
        mention: ["313.99 USD"],
        proposes: "refund",
      },
      {
        say: "how long will that take",
        mention: ["5 business days"],
        avoid: [UNCLEAR],
        proposes: "refund",
      },
      { say: "ok go ahead", mention: ["refunded 313.99 USD"], proposes: null },
    ],
    changes: [{ action: "refund", target: "ORD-3001" }],
  },
  {
    name: "6th round: headphones said to have arrived crushed while tracking shows them on the way",
    who: SARAH,
    style: "data behind the customer",
    turns: [
      {
        say: "i got the headphones but the box was crushed and they rattle",
        mention: ["ORD-1001", "hasn't recorded the delivery", "replacement or a refund"],
        avoid: ["should be with you soon"],
        proposes: null,
      },
      { say: "ok i want a person then", handoff: "new" },
      { say: "thanks", handoff: "same" },
    ],
    changes: [],
  },
  {
    name: "6th round: 'ok cancel that one' after 'ORD-1003 can still be cancelled' cancels it",
    who: SARAH,
    style: "that one, after a general answer",
    turns: [
      { say: "do i have any orders i can still cancel", mention: ["ORD-1003"], proposes: null },
      {
        say: "ok cancel that one",
        mention: ["ORD-1003"],
        avoid: ["Just to make sure"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "6th round: Emma's lost vacuum, refund chosen, then 'actually no, send a new one instead'",
    who: EMMA,
    style: "change of mind mid-proposal",
    turns: [
      { say: "the vacuum never arrived", mention: ["ORD-3001", "lost"], proposes: null },
      { say: "refund please", mention: ["313.99 USD"], proposes: "refund" },
      {
        say: "actually no, send a new one instead",
        mention: ["again, free of charge"],
        avoid: ["won't refund"],
        proposes: "replacement",
      },
      { say: "yes", mention: ["replacement"], proposes: null },
    ],
    changes: [{ action: "replacement", target: "ORD-3001" }],
  },
  {
    name: "6th round: Mike's monitor re-addressed to Denver, then 'can you undo that'",
    who: MIKE,
    style: "address, then undo",
    turns: [
      {
        say: "change the address on ORD-2002 to 12 Oak Ave, Denver, CO 80202",
        mention: ["Denver"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["new address"], proposes: null },
      { say: "can you undo that", mention: ["change it again"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-2002" }],
  },
];
