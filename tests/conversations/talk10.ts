/**
 * Conversations of the tenth round (the talk10 branch): confirmations that are not a plain
 * yes or no, orders referred to by their place in a list we gave, an address given in
 * pieces, a correction of the speed asked for, and a yes that carries a second change.
 */
import type { Conversation } from "./schema.ts";

const MIKE = "mike.johnson@example.com";
const SARAH = "sarah.chen@example.com";
const EMMA = "emma.wilson@example.com";
const GUEST = "new.shopper@example.net";

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
  {
    name:
      "10th round: Sarah names Emma's order and insists 'its my order, cancel it': nothing shown, nothing done",
    who: SARAH,
    style: "another customer's order, insisted on",
    turns: [
      {
        say: "cancel ORD-3001",
        mention: ["couldn't find order ORD-3001|can't find an order ORD-3001"],
        avoid: ["Robot Vacuum", "Cincinnati", "TRK8800003001"],
        proposes: null,
      },
      {
        say: "its my order, cancel it",
        mention: ["ORD-3001"],
        avoid: ["ORD-1003 \\(", "only order that can still be cancelled", "Robot Vacuum"],
        proposes: null,
      },
      { say: "ok whatever", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "10th round: Emma's orders listed, 'the cheaper one' is the vacuum, 'the other one' the mixer",
    who: EMMA,
    style: "by price, then the other",
    turns: [
      {
        say: "hi, what are my orders?",
        mention: ["ORD-3002", "ORD-3001"],
        proposes: null,
      },
      {
        say: "the cheaper one - where is it",
        mention: ["ORD-3001", "lost"],
        facts: [{ order: "ORD-3001", field: "status" }],
        avoid: ["ORD-3002"],
      },
      {
        say: "and the other one?",
        mention: ["ORD-3002", "delivered"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "10th round: 'make it 50 water bottles on 1003' is over the limit, said plainly; 'ok then 4'",
    who: SARAH,
    style: "terse, a count too big, then corrected",
    turns: [
      {
        say: "make it 50 water bottles on 1003",
        mention: ["at most 20", "ORD-1003"],
        avoid: ["expected number", "in stock", "Add it to your cart"],
        proposes: null,
      },
      {
        say: "ok then 4",
        mention: ["Insulated Water Bottle from 2 to 4"],
        proposes: "modify_items",
      },
      { say: "yes", mention: ["ORD-1003"], proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "10th round: 'can i change the quantity on 1003? want 3 bottles': the change, no shop advice",
    who: SARAH,
    style: "two sentences, one change",
    turns: [
      {
        say: "can i change the quantity on 1003? want 3 bottles",
        mention: ["Insulated Water Bottle from 2 to 3"],
        avoid: ["Add it to your cart", "Checkout"],
        proposes: "modify_items",
      },
      { say: "sounds good", mention: ["ORD-1003"], proposes: null },
      { say: "thx", proposes: null },
    ],
    changes: [{ action: "modify_items", target: "ORD-1003" }],
  },
  {
    name:
      "10th round: Mike's keyboard can't be cancelled; 'and the other one?' is the cancellation of 2002",
    who: MIKE,
    style: "terse follow-up after a refusal",
    turns: [
      {
        say: "cancel 2001",
        mention: ["ORD-2001", "already shipped", "return"],
        proposes: null,
      },
      {
        say: "and the other one?",
        mention: ["cancel order ORD-2002|ORD-2002 [^.]*can cancel it"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
  {
    name:
      "10th round: Emma's new address refused for the lost parcel; 'what about the other one' is refused too",
    who: EMMA,
    style: "whole address, then the other order",
    turns: [
      {
        say: "pls change the address on my order to 5 Elm Road, Leeds LS1 4AP",
        mention: ["ORD-3001", "already shipped", "lost"],
        proposes: null,
      },
      {
        say: "what about the other one",
        mention: ["ORD-3002", "delivered", "changing the address is only possible until"],
        avoid: ["Stand Mixer\\) was delivered on [^.]*\\. Anything else"],
      },
      { say: "ok never mind", proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "10th round: 'yes for 1001 only' while 1003's speed-up waits moves it to 1001, 1003 untouched",
    who: SARAH,
    style: "a yes that narrows to another order",
    turns: [
      {
        say: "can you speed up 1001 and 1003",
        mention: ["express"],
        proposes: "expedite_order",
      },
      {
        say: "yes for 1001 only",
        mention: ["ORD-1001", "left order ORD-1003 as it was"],
        avoid: ["not sure whether", "Done —"],
        proposes: "expedite_delivery",
      },
      { say: "yes", mention: ["ORD-1001"], proposes: null },
    ],
    changes: [{ action: "expedite_tracking", target: "TRK8800001001" }],
  },
  {
    name:
      "10th round: 'yeah no', 'ok wait', 'hmm maybe', then 'do it... actually no': nothing changes",
    who: SARAH,
    style: "undecided, chat",
    turns: [
      { say: "cancel ORD-1003", mention: ["ORD-1003"], proposes: "cancel_order" },
      {
        say: "yeah no",
        mention: ["haven't changed anything", "ORD-1003"],
        proposes: "cancel_order",
      },
      { say: "ok wait", mention: ["take your time"], proposes: "cancel_order" },
      {
        say: "hmm maybe",
        mention: ["haven't changed anything"],
        avoid: ["Done —"],
        proposes: "cancel_order",
      },
      { say: "do it... actually no", mention: ["won't cancel"], proposes: null },
    ],
    changes: [],
  },
  {
    name:
      "10th round: a guest asks to cancel Sarah's order and says yes: sign-in first, nothing done",
    who: GUEST,
    style: "guest, terse",
    turns: [
      {
        say: "cancel order ORD-1003",
        mention: ["sign in|email address you ordered with"],
        avoid: ["Trail Running Shoes", "192.00"],
        proposes: null,
      },
      { say: "yes", avoid: ["cancelled", "Trail Running Shoes"], proposes: null },
      {
        say: "its sarah.chen@example.com",
        mention: ["one-time code"],
        avoid: ["Trail Running Shoes", "ORD-1003 is"],
        proposes: null,
      },
    ],
    changes: [],
  },
  {
    name:
      "10th round: queued for a person about the keyboard, 'meanwhile can u cancel the other one'",
    who: MIKE,
    style: "after a handoff, a reference",
    turns: [
      {
        say: "i want to talk to a human about my keyboard order",
        mention: ["ORD-2001"],
        handoff: "new",
        proposes: null,
      },
      {
        say: "meanwhile can u cancel the other one",
        mention: ["ORD-2002", "still on the way"],
        avoid: ["ORD-2001 already shipped"],
        proposes: "cancel_order",
      },
      { say: "yes", mention: ["ORD-2002 is cancelled"], proposes: null },
    ],
    changes: [{ action: "cancel_order", target: "ORD-2002" }],
  },
];
