/**
 * Conversations of the tenth round (the talk10 branch): confirmations that are not a plain
 * yes or no, orders referred to by their place in a list we gave, an address given in
 * pieces, a correction of the speed asked for, and a yes that carries a second change.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";

/** The tenth round's conversations (the talk10 branch). */
export const TALK10: Conversation[] = [
  {
    name: "10th round: Sarah gives the new address in pieces: the street, then the town",
    who: SARAH,
    style: "terse, one piece a message",
    turns: [
      {
        say: "change the address on my order",
        mention: ["ORD-1003", "new address"],
        proposes: null,
      },
      {
        say: "to 12 High St",
        mention: ["I have the street", "town or city and the postcode"],
        avoid: ["whole new address", "in one message"],
        proposes: null,
      },
      {
        say: "London N1 2AB",
        mention: ["ORD-1003", "London"],
        proposes: "change_address",
      },
      { say: "yes", mention: ["ORD-1003", "new address"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "10th round: Mike gives the town and postcode first, then the street",
    who: MIKE,
    style: "lower case, pieces in the wrong order",
    turns: [
      {
        say: "pls change delivery address for 2002",
        mention: ["ORD-2002", "new address"],
        proposes: null,
      },
      {
        say: "London N1 2AB",
        mention: ["street and house number"],
        avoid: ["in one message"],
        proposes: null,
      },
      { say: "it's 4 Mill Lane", mention: ["ORD-2002", "London"], proposes: "change_address" },
      { say: "yup go ahead", mention: ["ORD-2002"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-2002" }],
  },
  {
    name: "10th round: the order number before the street is no part of the address",
    who: SARAH,
    style: "terse, colon",
    turns: [
      {
        say: "new address for 1003: 12 High St",
        mention: ["I have the street", "postcode"],
        avoid: ["which country"],
        proposes: null,
      },
      { say: "Manchester M1 1AE", mention: ["Manchester", "ORD-1003"], proposes: "change_address" },
      { say: "sounds good", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "change_address", target: "ORD-1003" }],
  },
  {
    name: "10th round: 'cancel the third one' after the list is the third order, refused plainly",
    who: SARAH,
    style: "after a list of orders, by place",
    turns: [
      {
        say: "show me my orders",
        mention: ["ORD-1003", "ORD-1001", "ORD-1002"],
        proposes: null,
      },
      {
        say: "cancel the third one",
        mention: ["ORD-1002", "delivered", "return"],
        avoid: ["ORD-1003"],
        facts: [{ order: "ORD-1002", field: "status" }],
      },
      { say: "no thanks", proposes: null },
    ],
    changes: [],
  },
  {
    name: "10th round: 'my orders pls', then the second one sped up, then moved to the first",
    who: SARAH,
    style: "chat slang, correction by place",
    turns: [
      {
        say: "my orders pls",
        mention: ["ORD-1003", "ORD-1001", "ORD-1002"],
        avoid: ["which item", "quantity"],
        proposes: null,
      },
      {
        say: "can u speed up the second one",
        mention: ["ORD-1001", "express"],
        proposes: "expedite_delivery",
      },
      {
        say: "no, the first one",
        mention: ["ORD-1003", "express", "left order ORD-1001"],
        proposes: "expedite_order",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "expedite_order", target: "ORD-1003" }],
  },
  {
    name: "10th round: 'the 2nd one' after the list tells that order, 'cancel it' is refused",
    who: SARAH,
    style: "terse",
    turns: [
      { say: "show my orders", mention: ["ORD-1001"], proposes: null },
      {
        say: "the 2nd one",
        mention: ["ORD-1001"],
        facts: [{ order: "ORD-1001", field: "tracking" }],
        proposes: null,
      },
      {
        say: "cancel it",
        mention: ["ORD-1001", "already shipped", "return"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name: "10th round: 'yes but not the express one, overnight' proposes overnight, once",
    who: SARAH,
    style: "a yes with a correction",
    turns: [
      {
        say: "can you speed up 1001",
        mention: ["ORD-1001", "express"],
        proposes: "expedite_delivery",
      },
      {
        say: "yes but not the express one, overnight",
        mention: ["ORD-1001", "overnight"],
        avoid: ["Done —", "not sure whether"],
        proposes: "expedite_delivery",
      },
      { say: "yes", mention: ["ORD-1001"], proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800001001" }],
  },
  {
    name:
      "10th round: 'yes pls, and can u also speed up 1001': the cancellation, then the speed-up",
    who: SARAH,
    style: "a yes and a second change",
    turns: [
      { say: "cancel 1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "yes pls, and can u also speed up 1001",
        mention: ["ORD-1003 is cancelled", "speeding up the delivery of order ORD-1001"],
        proposes: null,
      },
      { say: "yes", mention: ["ORD-1001", "express"], proposes: "expedite_delivery" },
      { say: "yes", mention: ["ORD-1001"], proposes: null },
    ],
    changes: [
      { action: "cancel_order", target: "ORD-1003" },
      { action: "expedite_tracking", target: "TRK8800001001" },
    ],
  },
  {
    name: "10th round: 'not yet' leaves the cancellation for now; 'ok now do it' proposes it again",
    who: SARAH,
    style: "misspelt, terse",
    turns: [
      { say: "cancle 1003 plz", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "not yet",
        mention: ["won't cancel order ORD-1003 for now", "nothing has been changed"],
        proposes: null,
      },
      {
        say: "ok now do it",
        mention: ["cancel order ORD-1003|ORD-1003 [^.]*can cancel it"],
        avoid: ["nothing waiting for a yes", "Done —"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name:
      "10th round: a long polite cancellation: the fee asked first, then 'in that case please proceed'",
    who: SARAH,
    style: "long and polite",
    turns: [
      {
        say:
          "Good evening, I would be most grateful if you could cancel my order ORD-1003, as I no longer need the shoes.",
        mention: ["ORD-1003"],
        proposes: "cancel_order",
      },
      {
        say: "Before I confirm, could you tell me whether there is any fee for cancelling?",
        mention: ["refunded in full", "ORD-1003"],
        avoid: ["Done —", "is cancelled"],
        proposes: "cancel_order",
      },
      {
        say: "Thank you, in that case please proceed.",
        mention: ["ORD-1003 is cancelled"],
        avoid: ["haven't done anything"],
        proposes: null,
      },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "10th round: 'sure, but first tell me the fee' is answered, the cancellation kept",
    who: SARAH,
    style: "a yes that asks first",
    turns: [
      { say: "cancel my processing order", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "sure, but first tell me the fee",
        mention: ["no fee for cancelling", "192.00 USD"],
        avoid: ["not sure whether", "is cancelled"],
        proposes: "cancel_order",
      },
      { say: "yup go ahead", mention: ["ORD-1003 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-1003" }],
  },
  {
    name: "10th round: Mike's misspelt 'expidite my keybord order', the price, then 'k go'",
    who: MIKE,
    style: "misspelt, chat slang",
    turns: [
      {
        say: "expidite my keybord order",
        mention: ["ORD-2001", "9.99 USD"],
        proposes: "expedite_delivery",
      },
      {
        say: "how much?",
        mention: ["9.99 USD"],
        avoid: ["Done —"],
        proposes: "expedite_delivery",
      },
      { say: "k go", mention: ["ORD-2001"], proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800002001" }],
  },
];
